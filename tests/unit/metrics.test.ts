import { describe, expect, it } from 'vitest';
import {
  hardAt,
  mean,
  ndcgAt,
  percentile,
  precisionAt,
  precisionRecallF1,
  recallAt,
  reciprocalRank,
  setCounts,
} from '../eval/metrics';

const relevant = new Set(['r1', 'r2', 'r3']);

describe('ranking metrics', () => {
  it('precision and recall at k', () => {
    const ranked = ['r1', 'x', 'r2', 'y', 'z'];
    expect(precisionAt(ranked, relevant, 5)).toBeCloseTo(2 / 5);
    expect(precisionAt(['r1'], relevant, 5)).toBeCloseTo(1 / 5);
    expect(recallAt(ranked, relevant, 2)).toBeCloseTo(1 / 3);
    expect(recallAt(ranked, relevant, 10)).toBeCloseTo(2 / 3);
  });

  it('reciprocal rank of the first relevant result', () => {
    expect(reciprocalRank(['x', 'y', 'r3'], relevant)).toBeCloseTo(1 / 3);
    expect(reciprocalRank(['x'], relevant)).toBe(0);
  });

  it('nDCG is 1 for a perfect ranking and lower when relevant results come late', () => {
    expect(ndcgAt(['r2', 'r1', 'r3', 'x'], relevant, 10)).toBeCloseTo(1);
    const late = ndcgAt(['x', 'r1', 'r2', 'r3'], relevant, 10);
    const ideal = 1 + 1 / Math.log2(3) + 1 / Math.log2(4);
    expect(late).toBeCloseTo((1 / Math.log2(3) + 1 / Math.log2(4) + 1 / Math.log2(5)) / ideal);
    expect(ndcgAt([], relevant, 10)).toBe(0);
    expect(ndcgAt(['r1'], relevant, 1)).toBeCloseTo(1);
  });

  it('hard@k is the share of the first k slots held by look-alikes', () => {
    expect(hardAt(['h1', 'r1', 'h2', 'x', 'r2'], new Set(['h1', 'h2']), 5)).toBeCloseTo(2 / 5);
    expect(hardAt(['h1'], new Set(['h1']), 5)).toBeCloseTo(1 / 5);
  });
});

describe('same-story decision metrics', () => {
  it('micro-averages precision, recall and F1 over queries', () => {
    const counts = [setCounts(['r1', 'x'], relevant), setCounts(['a'], new Set(['a', 'b']))];
    expect(counts[0]).toEqual({ truePositives: 1, falsePositives: 1, falseNegatives: 2 });
    const { precision, recall, f1 } = precisionRecallF1(counts);
    expect(precision).toBeCloseTo(2 / 3);
    expect(recall).toBeCloseTo(2 / 5);
    expect(f1).toBeCloseTo((2 * (2 / 3) * (2 / 5)) / (2 / 3 + 2 / 5));
  });

  it('treats no predictions as precise but not recalling', () => {
    const { precision, recall } = precisionRecallF1([setCounts([], relevant)]);
    expect(precision).toBe(1);
    expect(recall).toBe(0);
  });
});

describe('summary statistics', () => {
  it('mean and nearest-rank percentiles', () => {
    expect(mean([1, 2, 3, 6])).toBe(3);
    expect(mean([])).toBe(0);
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 95)).toBe(95);
    expect(percentile([7], 95)).toBe(7);
  });
});
