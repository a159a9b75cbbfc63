/**
 * The establish step's trees: what `npm run train:same` fits (tests/eval/gbt.ts) must be what the extension
 * computes (utils/match/same-model.ts), and the trees must learn a rule that needs two questions at once.
 */
import { describe, expect, it } from 'vitest';
import { fitBoosted, predictBoosted } from '../eval/gbt';
import { probability, type EvidenceName, type TreesPart } from '../../utils/match/same-model';

const INPUTS: EvidenceName[] = ['queryNames', 'numbersConflict'];

/** A report of the event: most names found and no figure given otherwise (the other event shares names, not figures). */
const isEvent = (names: number, conflict: number): number => (names > 0.5 && conflict < 0.5 ? 1 : 0);

function sample(): { x: number[][]; y: number[] } {
  const x: number[][] = [];
  const y: number[] = [];
  // A fixed grid, so the test repeats exactly.
  for (let i = 0; i < 20; i++)
    for (let j = 0; j < 20; j++) {
      const names = (i + 0.5) / 20;
      const conflict = (j + 0.5) / 20;
      x.push([names, conflict]);
      y.push(isEvent(names, conflict));
    }
  return { x, y };
}

const evidence = (names: number, conflict: number) =>
  ({ queryNames: names, numbersConflict: conflict }) as Readonly<Record<EvidenceName, number>>;

describe('same-story trees', () => {
  const { x, y } = sample();
  const fitted = fitBoosted(x, y, { rounds: 60, depth: 2, rate: 0.3, minLeaf: 5 });
  const part: TreesPart = {
    inputs: INPUTS,
    bias: fitted.bias,
    rate: fitted.rate,
    trees: fitted.trees,
    depth: 2,
    threshold: 0.5,
  };

  it('gives the extension the probability the training computed', () => {
    for (const [names, conflict] of [
      [0.9, 0.1],
      [0.9, 0.9],
      [0.2, 0.1],
      [0.55, 0.45],
    ] as const)
      expect(probability(part, evidence(names, conflict))).toBeCloseTo(predictBoosted(fitted, [names, conflict]), 12);
  });

  it('calls a report with the names and no conflicting figure likely, and the look-alikes not', () => {
    expect(probability(part, evidence(0.9, 0.1))).toBeGreaterThan(0.9);
    expect(probability(part, evidence(0.9, 0.9))).toBeLessThan(0.1);
    expect(probability(part, evidence(0.2, 0.1))).toBeLessThan(0.1);
  });
});
