/**
 * The story index in a compact, versioned, structured-clonable form: a few large typed arrays (each story's
 * packed terms, the posting lists) plus string columns, so IndexedDB stores it as a handful of buffers and a
 * fresh service worker loads 100,000 analysed stories as views into them, without re-reading any text.
 */
import { StoryIndex } from './inverted-index';
import { PackedStory } from './indexed-story';

/** Bump when the persisted layout changes: an index saved in another layout is rebuilt, never misread. */
export const INDEX_SCHEMA_VERSION = 1;
/**
 * Bump when text analysis changes (tokenizer, stemmer, stop words, names, numbers): terms saved by an older
 * analyser would not meet the terms of new articles, so such an index is rebuilt from the stories.
 */
export const ANALYSER_VERSION = 1;

/** The persisted index. Stories are in slot order, compacted (slot i = story i). */
export interface PersistedIndex {
  schemaVersion: number;
  analyserVersion: number;
  /** Store revision the index reflects (set by the cache that saves it). */
  revision: number;
  /** Term by id; '' for a free id. */
  terms: string[];
  ids: string[];
  /** Link per story; '' when unknown. */
  urls: string[];
  /** Epoch ms, NaN when unknown. */
  published: Float64Array;
  titleLength: Uint32Array;
  summaryLength: Uint32Array;
  /** Story i's packed data (see PackedStory) is storyData[storyStart[i] .. storyStart[i+1]). */
  storyStart: Uint32Array;
  storyData: Int32Array;
  /** Term and name-word counts per story, as PackedStory keeps them. */
  storyCounts: Uint32Array;
  /** Story i's numbers are numberValues/numberUnits[numberStart[i] .. numberStart[i+1]). */
  numberStart: Uint32Array;
  numberValues: Float64Array;
  numberUnits: string[];
  /** Term t's (slot, tf) pairs are postingData[2·postingStart[t] .. 2·postingStart[t+1]). */
  postingStart: Uint32Array;
  postingData: Int32Array;
}

/** Serialises `index` (the index itself is not changed). */
export function serialiseIndex(index: StoryIndex, revision = 0): PersistedIndex {
  const stories = [...index.stories()];
  const n = stories.length;
  // Slots are compacted: a story's slot in the saved index is its position.
  const dense = new Map<number, number>();
  stories.forEach(([slot], i) => dense.set(slot, i));
  const storyStart = new Uint32Array(n + 1);
  const numberStart = new Uint32Array(n + 1);
  stories.forEach(([, doc], i) => {
    storyStart[i + 1] = (storyStart[i] as number) + doc.data.length;
    numberStart[i + 1] = (numberStart[i] as number) + (doc.packedNumbers?.length ?? 0) / 2;
  });
  const storyData = new Int32Array(storyStart[n] as number);
  const numberValues = new Float64Array(numberStart[n] as number);
  const numberUnits: string[] = [];
  stories.forEach(([, doc], i) => {
    storyData.set(doc.data, storyStart[i]);
    const p = doc.packedNumbers ?? [];
    for (let j = 0; j + 1 < p.length; j += 2) {
      numberValues[(numberStart[i] as number) + j / 2] = p[j] as number;
      numberUnits.push(p[j + 1] as string);
    }
  });
  const terms = [...index.vocabulary()];
  const postingStart = new Uint32Array(terms.length + 1);
  terms.forEach((_, t) => {
    postingStart[t + 1] = (postingStart[t] as number) + index.postingsOf(t).length / 2;
  });
  const postingData = new Int32Array(2 * (postingStart[terms.length] as number));
  terms.forEach((_, t) => {
    const list = index.postingsOf(t);
    const at = 2 * (postingStart[t] as number);
    for (let j = 0; j < list.length; j += 2) {
      postingData[at + j] = dense.get(list[j] as number) ?? -1;
      postingData[at + j + 1] = list[j + 1] as number;
    }
  });
  return {
    schemaVersion: INDEX_SCHEMA_VERSION,
    analyserVersion: ANALYSER_VERSION,
    revision,
    terms,
    ids: stories.map(([, d]) => d.id),
    urls: stories.map(([, d]) => d.url ?? ''),
    published: Float64Array.from(stories, ([, d]) => d.published ?? Number.NaN),
    titleLength: Uint32Array.from(stories, ([, d]) => d.titleLength),
    summaryLength: Uint32Array.from(stories, ([, d]) => d.summaryLength),
    storyStart,
    storyData,
    storyCounts: Uint32Array.from(stories, ([, d]) => d.counts),
    numberStart,
    numberValues,
    numberUnits,
    postingStart,
    postingData,
  };
}

/** Why a persisted index cannot be used, or null when it can. */
export function persistedIndexProblem(data: unknown): string | null {
  if (typeof data !== 'object' || data === null) return 'no saved index';
  const d = data as Partial<PersistedIndex>;
  if (d.schemaVersion !== INDEX_SCHEMA_VERSION) return `saved index layout ${String(d.schemaVersion)} is not ${INDEX_SCHEMA_VERSION}`;
  if (d.analyserVersion !== ANALYSER_VERSION) return `saved index analyser ${String(d.analyserVersion)} is not ${ANALYSER_VERSION}`;
  const n = d.ids?.length ?? -1;
  const perStory = [d.urls, d.published, d.titleLength, d.summaryLength, d.storyCounts];
  if (n < 0 || perStory.some((c) => c?.length !== n) || d.storyStart?.length !== n + 1 || d.numberStart?.length !== n + 1) {
    return 'saved index is incomplete';
  }
  const v = d.terms?.length ?? -1;
  if (v < 0 || d.postingStart?.length !== v + 1) return 'saved index is incomplete';
  const numbers = d.numberValues?.length;
  if (d.storyStart[n] !== d.storyData?.length || d.numberStart[n] !== numbers || d.numberUnits?.length !== numbers) {
    return 'saved index is inconsistent';
  }
  if (2 * (d.postingStart[v] as number) !== d.postingData?.length) return 'saved index is inconsistent';
  return null;
}

/** Rebuilds the index from its persisted form; throws when {@link persistedIndexProblem} finds one. */
export function loadIndex(data: PersistedIndex): StoryIndex {
  const problem = persistedIndexProblem(data);
  if (problem !== null) throw new Error(problem);
  const docs = new Array<PackedStory>(data.ids.length);
  for (let i = 0; i < data.ids.length; i++) {
    const from = data.numberStart[i] as number;
    const to = data.numberStart[i + 1] as number;
    let numbers: (number | string)[] | null = null;
    if (to > from) {
      numbers = [];
      for (let j = from; j < to; j++) numbers.push(data.numberValues[j] as number, data.numberUnits[j] ?? '');
    }
    const published = data.published[i] as number;
    docs[i] = new PackedStory(
      data.ids[i] ?? '',
      data.urls[i] || null,
      Number.isNaN(published) ? null : published,
      data.titleLength[i] as number,
      data.summaryLength[i] as number,
      // A view into the loaded buffer: no copy per story.
      data.storyData.subarray(data.storyStart[i], data.storyStart[i + 1]),
      data.storyCounts[i] as number,
      numbers,
    );
  }
  return StoryIndex.restore(data.terms, docs, { data: data.postingData, start: data.postingStart });
}
