/**
 * Source text of fitted weights, as the trainers write them into utils/match (train-same.ts, train-day-join.ts):
 * numbers to six decimals, lists, and a part of gradient-boosted trees, written in the project's Prettier style.
 */
import { writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';

/** `x` to six decimals, as the weight files keep it. */
export const round6 = (x: number): number => Math.round(x * 1e6) / 1e6;

/** Each of `xs` to six decimals. */
export const round = (xs: readonly number[]): number[] => xs.map(round6);

/** A list as TypeScript source: strings quoted, numbers as they are. */
export const list = (xs: readonly (number | string)[]): string =>
  `[${xs.map((x) => (typeof x === 'string' ? `'${x}'` : String(x))).join(', ')}]`;

/**
 * The trees of one part (same-model.ts `TreesPart`, day-join.ts `DayJoinModel`) as an object literal, its lines
 * indented by `indent`.
 */
export function treesSource(
  p: {
    inputs: readonly string[];
    bias: number;
    rate: number;
    depth: number;
    threshold: number;
    trees: readonly { feature: readonly number[]; threshold: readonly number[]; value: readonly number[] }[];
  },
  indent: string,
): string {
  const rows = p.trees.map(
    (t) =>
      `${indent}    { feature: ${list(t.feature)}, threshold: ${list(round(t.threshold))}, value: ${list(round(t.value))} },`,
  );
  return `{
${indent}  inputs: ${list(p.inputs)},
${indent}  bias: ${round6(p.bias)},
${indent}  rate: ${p.rate},
${indent}  depth: ${p.depth},
${indent}  threshold: ${p.threshold},
${indent}  trees: [
${rows.join('\n')}
${indent}  ],
${indent}}`;
}

/** Writes `source` to `file` as Prettier formats it: a refit's file passes the format check as written. */
export async function writeWeights(file: string, source: string): Promise<void> {
  const options = (await resolveConfig(file)) ?? {};
  writeFileSync(file, await format(source, { ...options, filepath: file }));
}
