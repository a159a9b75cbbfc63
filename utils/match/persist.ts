/**
 * The story index in a compact, versioned, structured-clonable form: a few byte and number arrays (the story
 * records, the delta-encoded posting lists) plus string columns, so IndexedDB stores it as a handful of
 * buffers and a fresh service worker loads 100,000 analysed stories without re-reading any text.
 */
import { StoryIndex, type IndexColumns } from './inverted-index';

/**
 * Bump when the persisted layout changes: an index saved in another layout is rebuilt, never misread.
 * 2: story records and posting lists as varint bytes (1 kept Int32 arrays per story and per posting).
 */
export const INDEX_SCHEMA_VERSION = 2;
/**
 * Bump when text analysis changes (tokenizer, stemmer, stop words, names, numbers): terms saved by an older
 * analyser would not meet the terms of new articles, so such an index is rebuilt from the stories.
 */
export const ANALYSER_VERSION = 1;

/** The persisted index: the index's columns (stories in slot order, compacted) with versions. */
export interface PersistedIndex extends Omit<IndexColumns, 'urls'> {
  schemaVersion: number;
  analyserVersion: number;
  /** Store revision the index reflects (set by the cache that saves it). */
  revision: number;
  /** Link per story; '' when unknown. */
  urls: string[];
}

/** Serialises `index` (compacting it: slot numbers change, nothing a search returns does). */
export function serialiseIndex(index: StoryIndex, revision = 0): PersistedIndex {
  const columns = index.columns();
  return {
    schemaVersion: INDEX_SCHEMA_VERSION,
    analyserVersion: ANALYSER_VERSION,
    revision,
    ...columns,
    urls: columns.urls.map((u) => u ?? ''),
  };
}

/** Why a persisted index cannot be used, or null when it can. */
export function persistedIndexProblem(data: unknown): string | null {
  if (typeof data !== 'object' || data === null) return 'no saved index';
  const d = data as Partial<PersistedIndex>;
  if (d.schemaVersion !== INDEX_SCHEMA_VERSION) return `saved index layout ${String(d.schemaVersion)} is not ${INDEX_SCHEMA_VERSION}`;
  if (d.analyserVersion !== ANALYSER_VERSION) return `saved index analyser ${String(d.analyserVersion)} is not ${ANALYSER_VERSION}`;
  const n = d.ids?.length ?? -1;
  const perStory = [d.urls, d.titleLength, d.summaryLength];
  if (n < 0 || perStory.some((c) => c?.length !== n) || d.recordStart?.length !== n + 1 || !Array.isArray(d.units)) {
    return 'saved index is incomplete';
  }
  const v = d.terms?.length ?? -1;
  const perTerm = [d.postingCount, d.postingLast, d.nameDf];
  if (v < 0 || d.postingStart?.length !== v + 1 || perTerm.some((c) => c?.length !== v)) return 'saved index is incomplete';
  if (d.recordStart[n] !== d.records?.length || d.postingStart[v] !== d.postings?.length) return 'saved index is inconsistent';
  return null;
}

/** Rebuilds the index from its persisted form; throws when {@link persistedIndexProblem} finds one. */
export function loadIndex(data: PersistedIndex): StoryIndex {
  const problem = persistedIndexProblem(data);
  if (problem !== null) throw new Error(problem);
  return StoryIndex.restore(data);
}
