/**
 * The story index in a compact, versioned, structured-clonable form: columns of typed arrays (one entry per
 * story, term or name), so IndexedDB stores it as a few large buffers and a fresh service worker loads
 * 100,000 analysed stories without re-reading their text.
 */
import { StoryIndex } from './inverted-index';
import { packStory, type IndexedStory } from './indexed-story';

/** Bump when the persisted layout changes: an index saved in another layout is rebuilt, never misread. */
export const INDEX_SCHEMA_VERSION = 1;
/**
 * Bump when text analysis changes (tokenizer, stemmer, stop words, names, numbers): terms saved by an older
 * analyser would not meet the terms of new articles, so such an index is rebuilt from the stories.
 */
export const ANALYSER_VERSION = 1;

/** The persisted index. Term ids are dense (0..terms.length-1); stories are in slot order. */
export interface PersistedIndex {
  schemaVersion: number;
  analyserVersion: number;
  /** Store revision the index reflects (set by the cache that saves it). */
  revision: number;
  terms: string[];
  ids: string[];
  /** Link per story; '' when it is the id itself or unknown. */
  urls: string[];
  /** Epoch ms, NaN when unknown. */
  published: Float64Array;
  titleLength: Uint32Array;
  summaryLength: Uint32Array;
  /** Story i's terms are termIds[termStart[i] .. termStart[i+1]). */
  termStart: Uint32Array;
  termIds: Int32Array;
  titleTf: Uint16Array;
  summaryTf: Uint16Array;
  capitalStart: Uint32Array;
  capitalTermIds: Int32Array;
  /** Story i's name words are nameTermIds[nameStart[i] .. nameStart[i+1]). */
  nameStart: Uint32Array;
  nameTermIds: Int32Array;
  numberStart: Uint32Array;
  numberValues: Float64Array;
  numberUnits: string[];
}

/** Serialises `index` (term ids compacted to a dense range; the index itself is not changed). */
export function serialiseIndex(index: StoryIndex, revision = 0): PersistedIndex {
  const vocabulary = index.vocabulary();
  const dense = new Int32Array(vocabulary.length).fill(-1);
  const terms: string[] = [];
  vocabulary.forEach((term, id) => {
    if (term === '' || index.df(id) === 0) return;
    dense[id] = terms.length;
    terms.push(term);
  });
  const map = (ids: ArrayLike<number>): number[] => Array.from(ids, (id) => dense[id] ?? -1);
  const docs = [...index.stories()];
  const termStart = new Uint32Array(docs.length + 1);
  const capitalStart = new Uint32Array(docs.length + 1);
  const nameStart = new Uint32Array(docs.length + 1);
  const numberStart = new Uint32Array(docs.length + 1);
  const termIds: number[] = [];
  const titleTf: number[] = [];
  const summaryTf: number[] = [];
  const capitals: number[] = [];
  const nameTermIds: number[] = [];
  const numberValues: number[] = [];
  const numberUnits: string[] = [];
  docs.forEach((doc, i) => {
    termIds.push(...map(doc.termIds));
    titleTf.push(...doc.titleTf);
    summaryTf.push(...doc.summaryTf);
    capitals.push(...map(doc.capitalTermIds));
    nameTermIds.push(...map(doc.nameTermIds));
    for (const n of doc.numbers) {
      numberValues.push(n.value);
      numberUnits.push(n.unit);
    }
    termStart[i + 1] = termIds.length;
    capitalStart[i + 1] = capitals.length;
    nameStart[i + 1] = nameTermIds.length;
    numberStart[i + 1] = numberValues.length;
  });
  return {
    schemaVersion: INDEX_SCHEMA_VERSION,
    analyserVersion: ANALYSER_VERSION,
    revision,
    terms,
    ids: docs.map((d) => d.id),
    urls: docs.map((d) => d.url ?? ''),
    published: Float64Array.from(docs, (d) => d.published ?? Number.NaN),
    titleLength: Uint32Array.from(docs, (d) => d.titleLength),
    summaryLength: Uint32Array.from(docs, (d) => d.summaryLength),
    termStart,
    termIds: Int32Array.from(termIds),
    titleTf: Uint16Array.from(titleTf),
    summaryTf: Uint16Array.from(summaryTf),
    capitalStart,
    capitalTermIds: Int32Array.from(capitals),
    nameStart,
    nameTermIds: Int32Array.from(nameTermIds),
    numberStart,
    numberValues: Float64Array.from(numberValues),
    numberUnits,
  };
}

/** Why a persisted index cannot be used, or null when it can. */
export function persistedIndexProblem(data: unknown): string | null {
  if (typeof data !== 'object' || data === null) return 'no saved index';
  const d = data as Partial<PersistedIndex>;
  if (d.schemaVersion !== INDEX_SCHEMA_VERSION) return `saved index layout ${String(d.schemaVersion)} is not ${INDEX_SCHEMA_VERSION}`;
  if (d.analyserVersion !== ANALYSER_VERSION) return `saved index analyser ${String(d.analyserVersion)} is not ${ANALYSER_VERSION}`;
  const n = d.ids?.length ?? -1;
  const columns = [d.urls, d.published, d.titleLength, d.summaryLength];
  if (n < 0 || columns.some((c) => c?.length !== n) || d.termStart?.length !== n + 1) return 'saved index is incomplete';
  if (d.termStart[n] !== d.termIds?.length || d.nameStart?.[n] !== d.nameTermIds?.length) return 'saved index is inconsistent';
  return null;
}

/** Rebuilds the index from its persisted form; throws when {@link persistedIndexProblem} finds one. */
export function loadIndex(data: PersistedIndex): StoryIndex {
  const problem = persistedIndexProblem(data);
  if (problem !== null) throw new Error(problem);
  const docs: IndexedStory[] = new Array<IndexedStory>(data.ids.length);
  for (let i = 0; i < data.ids.length; i++) {
    const from = data.termStart[i] as number;
    const to = data.termStart[i + 1] as number;
    const numbers: { value: number; unit: string }[] = [];
    for (let j = data.numberStart[i] as number; j < (data.numberStart[i + 1] as number); j++) {
      numbers.push({ value: data.numberValues[j] as number, unit: data.numberUnits[j] ?? '' });
    }
    const published = data.published[i] as number;
    docs[i] = packStory({
      id: data.ids[i] ?? '',
      url: data.urls[i] || null,
      published: Number.isNaN(published) ? null : published,
      termIds: data.termIds.subarray(from, to),
      titleTf: data.titleTf.subarray(from, to),
      summaryTf: data.summaryTf.subarray(from, to),
      nameTermIds: data.nameTermIds.subarray(data.nameStart[i], data.nameStart[i + 1]),
      capitalTermIds: data.capitalTermIds.subarray(data.capitalStart[i], data.capitalStart[i + 1]),
      titleLength: data.titleLength[i] as number,
      summaryLength: data.summaryLength[i] as number,
      numbers,
    });
  }
  return StoryIndex.restore(data.terms, docs);
}
