/**
 * Small gradient-boosted trees for a yes/no decision (logistic loss, shallow trees on binned inputs): tried for
 * the same-story decision beside the logistic regressions (same-training.ts). Exact and repeatable.
 */
import { treesLogOdds } from '../../utils/match/same-model';

/** One tree: a split per inner node, leaf values at the bottom. */
interface Tree {
  feature: number[];
  threshold: number[];
  value: number[];
  depth: number;
}

/** A fitted ensemble. */
export interface Boosted {
  bias: number;
  rate: number;
  trees: Tree[];
}

/** Options of {@link fitBoosted}. */
export interface BoostOptions {
  rounds?: number;
  depth?: number;
  rate?: number;
  /** Fewest rows in a leaf. */
  minLeaf?: number;
  /** Penalty on leaf values (like L2 in XGBoost). */
  lambda?: number;
}

const BINS = 16;

/** Fits trees on rows `x` with labels `y` (0/1). */
export function fitBoosted(x: readonly number[][], y: readonly number[], o: BoostOptions = {}): Boosted {
  const rounds = o.rounds ?? 100;
  const depth = o.depth ?? 2;
  const rate = o.rate ?? 0.1;
  const minLeaf = o.minLeaf ?? 20;
  const lambda = o.lambda ?? 1;
  const n = x.length;
  const d = x[0]?.length ?? 0;
  const mean = y.reduce((a, b) => a + b, 0) / Math.max(n, 1);
  const bias = Math.log((mean + 1e-6) / (1 - mean + 1e-6));
  // Candidate thresholds: quantiles of each input.
  const cuts: number[][] = [];
  for (let j = 0; j < d; j++) {
    const v = x.map((r) => r[j] as number).sort((a, b) => a - b);
    const c = new Set<number>();
    for (let b = 1; b < BINS; b++) c.add(v[Math.floor((b * n) / BINS)] as number);
    cuts.push([...c]);
  }
  const f = new Array<number>(n).fill(bias);
  const trees: Tree[] = [];
  for (let t = 0; t < rounds; t++) {
    const g = new Array<number>(n);
    const h = new Array<number>(n);
    for (let i = 0; i < n; i++) {
      const p = 1 / (1 + Math.exp(-(f[i] as number)));
      g[i] = p - (y[i] as number);
      h[i] = Math.max(p * (1 - p), 1e-6);
    }
    const nodes = 2 ** depth - 1;
    const tree: Tree = {
      feature: new Array<number>(nodes).fill(-1),
      threshold: new Array<number>(nodes).fill(0),
      value: new Array<number>(2 ** depth).fill(0),
      depth,
    };
    let groups: number[][] = [x.map((_, i) => i)];
    for (let level = 0; level < depth; level++) {
      const next: number[][] = [];
      groups.forEach((rows, k) => {
        const node = 2 ** level - 1 + k;
        let best = { gain: 0, j: -1, cut: 0 };
        let G = 0;
        let H = 0;
        for (const i of rows) {
          G += g[i] as number;
          H += h[i] as number;
        }
        const parent = (G * G) / (H + lambda);
        for (let j = 0; j < d; j++)
          for (const cut of cuts[j] as number[]) {
            let gl = 0;
            let hl = 0;
            let nl = 0;
            for (const i of rows)
              if (((x[i] as number[])[j] as number) <= cut) {
                gl += g[i] as number;
                hl += h[i] as number;
                nl++;
              }
            if (nl < minLeaf || rows.length - nl < minLeaf) continue;
            const gain = (gl * gl) / (hl + lambda) + ((G - gl) * (G - gl)) / (H - hl + lambda) - parent;
            if (gain > best.gain) best = { gain, j, cut };
          }
        tree.feature[node] = best.j;
        tree.threshold[node] = best.cut;
        const left: number[] = [];
        const right: number[] = [];
        for (const i of rows) {
          if (best.j >= 0 && ((x[i] as number[])[best.j] as number) > best.cut) right.push(i);
          else left.push(i);
        }
        next.push(left, right);
      });
      groups = next;
    }
    groups.forEach((rows, leaf) => {
      let G = 0;
      let H = 0;
      for (const i of rows) {
        G += g[i] as number;
        H += h[i] as number;
      }
      tree.value[leaf] = -G / (H + lambda);
      for (const i of rows) f[i] = (f[i] as number) + rate * (tree.value[leaf] as number);
    });
    trees.push(tree);
  }
  return { bias, rate, trees };
}

/** Probability for one row (the extension's own walk of the trees; every tree of a fit has the same depth). */
export function predictBoosted(m: Boosted, row: readonly number[]): number {
  return 1 / (1 + Math.exp(-treesLogOdds({ ...m, depth: m.trees[0]?.depth ?? 0 }, row)));
}
