/**
 * Retrieval metrics for the related-coverage eval, all with binary relevance.
 * Rankings are lists of story ids, best first; relevant and hard ids are sets.
 */

/** Share of the first k slots that hold relevant ids (empty slots count as misses). */
export function precisionAt(ranked: readonly string[], relevant: ReadonlySet<string>, k: number): number {
  if (k <= 0) return 0;
  return ranked.slice(0, k).filter((id) => relevant.has(id)).length / k;
}

/** Share of the relevant ids found in the first k slots; 1 when nothing is relevant. */
export function recallAt(ranked: readonly string[], relevant: ReadonlySet<string>, k: number): number {
  if (relevant.size === 0) return 1;
  return ranked.slice(0, k).filter((id) => relevant.has(id)).length / relevant.size;
}

/** 1 / rank of the first relevant id, 0 when none is ranked. */
export function reciprocalRank(ranked: readonly string[], relevant: ReadonlySet<string>): number {
  const at = ranked.findIndex((id) => relevant.has(id));
  return at < 0 ? 0 : 1 / (at + 1);
}

/** Normalised discounted cumulative gain at k: 1 when the first min(k, |relevant|) slots are all relevant. */
export function ndcgAt(ranked: readonly string[], relevant: ReadonlySet<string>, k: number): number {
  const gain = (i: number): number => 1 / Math.log2(i + 2);
  let dcg = 0;
  ranked.slice(0, k).forEach((id, i) => {
    if (relevant.has(id)) dcg += gain(i);
  });
  let ideal = 0;
  for (let i = 0; i < Math.min(k, relevant.size); i++) ideal += gain(i);
  return ideal === 0 ? 0 : dcg / ideal;
}

/** Share of the first k slots held by hard negatives (same topic, different event): lower is better. */
export function hardAt(ranked: readonly string[], hard: ReadonlySet<string>, k: number): number {
  if (k <= 0) return 0;
  return ranked.slice(0, k).filter((id) => hard.has(id)).length / k;
}

/** Counts for a set decision ("same story" ids versus relevant ids). */
export interface SetCounts {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

/** Compares predicted ids with relevant ids. */
export function setCounts(predicted: readonly string[], relevant: ReadonlySet<string>): SetCounts {
  const unique = new Set(predicted);
  const truePositives = [...unique].filter((id) => relevant.has(id)).length;
  return { truePositives, falsePositives: unique.size - truePositives, falseNegatives: relevant.size - truePositives };
}

/** Precision, recall and F1 of summed counts (micro-average); precision is 1 when nothing was predicted. */
export function precisionRecallF1(counts: readonly SetCounts[]): { precision: number; recall: number; f1: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const c of counts) {
    tp += c.truePositives;
    fp += c.falsePositives;
    fn += c.falseNegatives;
  }
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** Arithmetic mean; 0 for an empty list. */
export function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}

/** The p-th percentile (0..100) by nearest rank; 0 for an empty list. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] as number;
}
