/**
 * Reports of one event resemble each other more than they resemble a look-alike event. So a candidate's
 * score is smoothed with the scores of its nearest neighbours among the candidates (score propagation over a
 * k-nearest-neighbour graph): a report that says little by itself is lifted by the reports it closely
 * resembles, and a look-alike that shares a few of the article's words sinks toward the other reports of its
 * own event. Faint resemblance moves little: the neighbours' say grows with how similar they are.
 */
import type { IndexedStory, StoryIndex } from './inverted-index';
import { termMass } from './term-mass';

/** A story as a unit-length tf-idf vector over its term ids (ascending). */
export interface SparseVector {
  ids: Int32Array;
  weights: Float64Array;
}

/** How the propagation runs. */
export interface PropagationOptions {
  /** Neighbours each candidate listens to. Few: the nearest reports, not the whole topic. */
  neighbours: number;
  /** Cosine below which another story is not a neighbour at all (a shared common word is not resemblance). */
  minSimilarity: number;
  /**
   * How much the neighbours can decide at most (0 = no smoothing). The share actually used grows with how
   * similar the neighbours are: α · S / (S + damping), S the sum of their cosines, so a story with faint
   * neighbours keeps its own score.
   */
  alpha: number;
  damping: number;
  /** Rounds of propagation (each round reaches one step further through the graph). */
  steps: number;
}

/** Defaults: the 4 nearest reports, up to 80% of the score from them, 3 rounds. */
export const PROPAGATION: PropagationOptions = {
  neighbours: 4,
  minSimilarity: 0.1,
  alpha: 0.8,
  damping: 0.35,
  steps: 3,
};

/** The story's tf-idf vector (headline words count double), normalised to unit length. */
export function storyVector(index: StoryIndex, story: IndexedStory): SparseVector {
  const weights = new Float64Array(story.termIds.length);
  let norm = 0;
  const titleTf = story.titleTf;
  const summaryTf = story.summaryTf;
  const ids = story.termIds;
  for (let i = 0; i < ids.length; i++) {
    const w = termMass(index.idf(ids[i] as number), titleTf[i] ?? 0, summaryTf[i] ?? 0);
    weights[i] = w;
    norm += w * w;
  }
  norm = Math.sqrt(norm) || 1;
  for (let i = 0; i < weights.length; i++) weights[i] = (weights[i] as number) / norm;
  return { ids, weights };
}

/**
 * The article's headline and lead as a story of the cache would be: its {@link storyVector}, the lead as its
 * summary, from the term ids of each (repeats counted) and the (headline, lead) counts of the words no story has,
 * which weigh in its length as a story's own rare words weigh in its. Its cosines to the stories are then the
 * stories' own cosines to one another, which the {@link articleVector} (the whole article's salience) is not: a long
 * article resembles every short story less.
 */
export function headlineLeadVector(
  index: StoryIndex,
  headlineIds: readonly number[],
  leadIds: readonly number[],
  unknown: Iterable<readonly [number, number]>,
): SparseVector {
  const counts = new Map<number, [number, number]>();
  for (const id of headlineIds) {
    const c = counts.get(id) ?? [0, 0];
    c[0]++;
    counts.set(id, c);
  }
  for (const id of leadIds) {
    const c = counts.get(id) ?? [0, 0];
    c[1]++;
    counts.set(id, c);
  }
  let norm = 0;
  for (const [headlineTf, leadTf] of unknown) norm += termMass(index.idf(undefined), headlineTf, leadTf) ** 2;
  const ids = Int32Array.from([...counts.keys()].sort((x, y) => x - y));
  const weights = Float64Array.from(ids, (id) => {
    const [headlineTf, leadTf] = counts.get(id) as [number, number];
    return termMass(index.idf(id), headlineTf, leadTf);
  });
  for (const w of weights) norm += w * w;
  norm = Math.sqrt(norm) || 1;
  for (let i = 0; i < weights.length; i++) weights[i] = (weights[i] as number) / norm;
  return { ids, weights };
}

/** Cosine of two {@link SparseVector}s (ids ascending). */
export function sparseCosine(a: SparseVector, b: SparseVector): number {
  let sum = 0;
  let i = 0;
  let j = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i] as number;
    const y = b.ids[j] as number;
    if (x === y) sum += (a.weights[i++] as number) * (b.weights[j++] as number);
    else if (x < y) i++;
    else j++;
  }
  return sum;
}

/**
 * The article as a unit-length vector over term ids, from its terms' weights (query.ts `termWeight`: salience ×
 * idf), to compare with the stories' vectors: how much a story resembles the article, beside how much it
 * resembles the other stories.
 */
export function articleVector(termWeight: ReadonlyMap<number, number>): Map<number, number> {
  let norm = 0;
  for (const w of termWeight.values()) norm += w * w;
  norm = Math.sqrt(norm) || 1;
  return new Map([...termWeight].map(([id, w]) => [id, w / norm]));
}

/** Cosine of a story's vector and the {@link articleVector}. */
export function articleCosine(story: SparseVector, article: ReadonlyMap<number, number>): number {
  let sum = 0;
  const { ids, weights } = story;
  for (let i = 0; i < ids.length; i++) {
    const w = article.get(ids[i] as number);
    if (w !== undefined) sum += w * (weights[i] as number);
  }
  return sum;
}

/**
 * Words a story must share with the article for {@link wordCosine} to be more than 0: one word in common is no
 * likeness, and in a small cache, which knows few of the article's words, it can be most of the article's vector.
 */
const MIN_SHARED_WORDS = 2;

/**
 * Cosine of a story's vector and the article's over their words alone: `article` is the {@link articleVector} of
 * the article's words (query.ts `wordWeight`), and the story's terms in `leftOut` (the article's names, words that
 * rank or count) are left out of its length too. What the story is about, beside who; 0 with fewer than
 * `MIN_SHARED_WORDS` in common.
 */
export function wordCosine(
  story: SparseVector,
  article: ReadonlyMap<number, number>,
  leftOut: ReadonlySet<number>,
): number {
  let sum = 0;
  let norm = 0;
  let shared = 0;
  const { ids, weights } = story;
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i] as number;
    if (leftOut.has(id)) continue;
    const w = weights[i] as number;
    norm += w * w;
    const a = article.get(id);
    if (a === undefined) continue;
    sum += a * w;
    shared++;
  }
  return norm > 0 && shared >= MIN_SHARED_WORDS ? sum / Math.sqrt(norm) : 0;
}

/**
 * Cosines of every pair of `vectors`, as an n × n matrix (row-major, 0 on the diagonal). Each row's vector is
 * spread once into a scratch array indexed by term id, and every later vector is summed against it, instead
 * of merging the two sorted id lists of every pair (40 candidates make 780 pairs per article).
 */
export function similarities(vectors: readonly SparseVector[]): Float64Array {
  const n = vectors.length;
  const sims = new Float64Array(n * n);
  let maxId = 0;
  for (const v of vectors) if (v.ids.length > 0) maxId = Math.max(maxId, v.ids[v.ids.length - 1] as number);
  const scratch = new Float64Array(maxId + 1);
  for (let i = 0; i < n; i++) {
    const a = vectors[i] as SparseVector;
    for (let t = 0; t < a.ids.length; t++) scratch[a.ids[t] as number] = a.weights[t] as number;
    for (let j = i + 1; j < n; j++) {
      const b = vectors[j] as SparseVector;
      let sum = 0;
      for (let t = 0; t < b.ids.length; t++) {
        const w = scratch[b.ids[t] as number] as number;
        if (w !== 0) sum += w * (b.weights[t] as number);
      }
      sims[i * n + j] = sum;
      sims[j * n + i] = sum;
    }
    for (let t = 0; t < a.ids.length; t++) scratch[a.ids[t] as number] = 0;
  }
  return sims;
}

/**
 * Smoothed scores, parallel to `base`: s_i ← (1 − a_i)·base_i + a_i·m_i, where m_i is the cosine-weighted mean
 * score of i's nearest neighbours and a_i = α·S_i / (S_i + damping) grows with their total similarity S_i.
 * `sims` is {@link similarities} of the candidates' vectors (left unchanged).
 */
export function propagate(sims: Float64Array, base: readonly number[], options = PROPAGATION): number[] {
  const n = base.length;
  const k = Math.min(options.neighbours, Math.max(n - 1, 0));
  const picked = new Uint8Array(n);
  // Each row keeps its k most similar candidates (selection by repeated max: k is tiny).
  const nearest = new Int32Array(n * k).fill(-1);
  const weight = new Float64Array(n * k);
  const share = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let total = 0;
    for (let r = 0; r < k; r++) {
      let bestJ = -1;
      let bestSim = options.minSimilarity;
      for (let j = 0; j < n; j++) {
        const sim = sims[i * n + j] as number;
        if (j !== i && picked[j] === 0 && sim >= bestSim) {
          bestSim = sim;
          bestJ = j;
        }
      }
      if (bestJ < 0) break;
      nearest[i * k + r] = bestJ;
      weight[i * k + r] = bestSim;
      picked[bestJ] = 1;
      total += bestSim;
    }
    for (let r = 0; r < k; r++) {
      const j = nearest[i * k + r] as number;
      if (j >= 0) picked[j] = 0;
    }
    for (let r = 0; r < k; r++) weight[i * k + r] = total > 0 ? (weight[i * k + r] as number) / total : 0;
    share[i] = (options.alpha * total) / (total + options.damping);
  }
  let scores = Float64Array.from(base);
  for (let step = 0; step < options.steps; step++) {
    const next = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      let mean = 0;
      for (let r = 0; r < k; r++) {
        const j = nearest[i * k + r] as number;
        if (j < 0) break;
        mean += (weight[i * k + r] as number) * (scores[j] as number);
      }
      const a = share[i] as number;
      next[i] = (1 - a) * (base[i] as number) + a * mean;
    }
    scores = next;
  }
  return [...scores];
}
