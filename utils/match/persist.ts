/**
 * The story index in a compact, versioned, structured-clonable form: a few byte and number arrays (the story
 * records, the delta-encoded posting lists, the packed vocabulary) plus the story ids, so IndexedDB stores it
 * as a handful of buffers and a fresh service worker loads 100,000 analysed stories without re-reading any text.
 */
import { StoryIndex, type IndexColumns } from './inverted-index';
import { PackedStrings } from './packed-strings';
import { PostingLists } from './postings';
import { recordEnd, readBody } from './story-record';
import { ByteReader } from './varint';
import { StringTable } from './string-table';

/**
 * Bump when the persisted layout changes: an index saved in another layout is rebuilt, never misread.
 * 2: story records and posting lists as varint bytes (1 kept Int32 arrays per story and per posting).
 * 3: links inside the records, the vocabulary packed in bytes, the id and term hash tables saved as they are,
 *    tighter record and posting codes (2 kept a column of links and one of terms, and hashed every id on load).
 * 4: saved in parts (saved-parts.ts): a head, the posting lists in chunks of terms, the records and ids in
 *    chunks of stories, so a fresh worker reads what one article needs (3 was one record, read whole).
 * 5: each record keeps the kind of piece its headline announces (story-kind.ts: a report, a how-to, a look back…).
 * 6: a sixth kind, an outlet's advertisement for its own newsletter or podcast (records of 5 would read it as a report).
 * 7: a seventh kind, an opinion piece (records of 6 would read it as a report).
 * 8: an eighth kind, a roundup of many events: a live page, a briefing (records of 7 would read it as a report).
 * 9: a ninth kind, a preview of an event to come; and a beat's or a region's briefing listing its items is a
 *    roundup, a labelled explainer a how-to, a podcast episode or paid piece a promo, an age, "years on" or
 *    "Remembering" a look back (records of 8 read each as a report), and an anniversary only as a kicker is one.
 * 10: an explainer labelled under a kicker ("Health explainer: …") is a how-to (records of 9 read it as a report),
 *     and the kind's number carries whether the headline reports a contest's result (contest.ts) and whether it
 *     names a big city (cities.ts).
 * 11: the result bit also marks a prize's winner ("Kim Ha-eun retains All England women's title"), and a headline
 *     closing on "what to watch" is a preview (records of 10 read both as before).
 * 12: a term's flags in a record's escape code take four bits, marking the words of a result's winning and beaten
 *     sides (story-record.ts; records of 11 would read their flags wrong).
 * 13: a show's numbered episode ("Ep 180: …", "… | Campaign 3, Episode 49") is a promo (records of 12 read it as a
 *     report).
 * 14: the kind's number carries the round and field of a competition the headline reports (contest-round.ts;
 *     records of 13 have none, so a final's report would stay the same story as the semi-final).
 * 15: a buying guide ("The best running shoes of 2022, tried and tested") is a deal, a tournament's draw as a kicker
 *     ("Miami Open draw: …") a preview and a day's market wrap ("Stock market today: …") a roundup (story-kind.ts;
 *     records of 14 read each as a report, a draw the same story as a final played later).
 * 16: a draw told as who is drawn with or against whom ("D'Tigress drawn with Cameroon") is a preview too (records of
 *     15 read it as a report, never the same story as "AfroBasket 2027 draw: …").
 */
export const INDEX_SCHEMA_VERSION = 16;
/**
 * Bump when text analysis changes (tokenizer, stemmer, stop words, names, numbers): terms saved by an older
 * analyser would not meet the terms of new articles, so such an index is rebuilt from the stories.
 */
export const ANALYSER_VERSION = 8;

/** The persisted index: the index's columns (stories in slot order, compacted) with versions. */
export interface PersistedIndex extends IndexColumns {
  schemaVersion: number;
  analyserVersion: number;
  /** Store revision the index reflects (set by the cache that saves it). */
  revision: number;
}

/** Serialises `index` (compacting it: slot numbers change, nothing a search returns does). */
export function serialiseIndex(index: StoryIndex, revision = 0): PersistedIndex {
  return { schemaVersion: INDEX_SCHEMA_VERSION, analyserVersion: ANALYSER_VERSION, revision, ...index.columns() };
}

/**
 * Why a persisted index cannot be used, or null when it can: its layout ({@link persistedLayoutProblem}), then
 * every saved term, story record and posting list read within its own bytes. The second part reads the whole
 * index (hundreds of ms at 100,000 stories), so a worker runs it after its first answer, not before.
 */
export function persistedIndexProblem(data: unknown): string | null {
  const layout = persistedLayoutProblem(data);
  if (layout !== null) return layout;
  const d = data as PersistedIndex;
  return (
    vocabularyProblem(d.termBytes, d.termStart) ??
    recordsProblem(d.records, d.recordStart, d.termStart.length) ??
    PostingLists.problem(d.postings, d.postingStart, d.postingLast, d.ids.length)
  );
}

/** Why a persisted index's layout (versions, columns and their lengths, tables) cannot be used; cheap. */
export function persistedLayoutProblem(data: unknown): string | null {
  if (typeof data !== 'object' || data === null) return 'no saved index';
  const d = data as Partial<PersistedIndex>;
  if (!Array.isArray(d.ids)) return versionProblem(d) ?? 'saved index is incomplete';
  return persistedColumnsProblem(d, d.ids.length, d.records?.length ?? -1, d.postings?.length ?? -1);
}

/** Why saved versions are not this build's, or null. */
function versionProblem(d: Partial<PersistedIndex>): string | null {
  if (d.schemaVersion !== INDEX_SCHEMA_VERSION)
    return `saved index layout ${String(d.schemaVersion)} is not ${INDEX_SCHEMA_VERSION}`;
  if (d.analyserVersion !== ANALYSER_VERSION)
    return `saved index analyser ${String(d.analyserVersion)} is not ${ANALYSER_VERSION}`;
  return null;
}

/**
 * Why the versions, columns and tables of a saved index of `n` stories, `recordBytes` of records and
 * `postingBytes` of postings cannot be used (the ids, records and postings themselves may be saved apart:
 * saved-parts.ts).
 */
export function persistedColumnsProblem(
  d: Partial<Omit<PersistedIndex, 'ids' | 'records' | 'postings'>>,
  n: number,
  recordBytes: number,
  postingBytes: number,
): string | null {
  const version = versionProblem(d);
  if (version !== null) return version;
  const perStory = [d.titleLength, d.summaryLength];
  if (n < 0 || perStory.some((c) => c?.length !== n) || d.recordStart?.length !== n + 1 || !Array.isArray(d.units)) {
    return 'saved index is incomplete';
  }
  if (!d.termStart || !d.termBytes || recordBytes < 0 || postingBytes < 0 || !d.postingLast)
    return 'saved index is incomplete';
  const v = d.termStart.length;
  const perTerm = [d.postingLast, d.df, d.nameDf];
  if (d.postingStart?.length !== v + 1 || perTerm.some((c) => c?.length !== v)) return 'saved index is incomplete';
  if (d.recordStart[n] !== recordBytes || d.postingStart[v] !== postingBytes) return 'saved index is inconsistent';
  let liveTerms = 0;
  for (const at of d.termStart) if (at !== 0) liveTerms++;
  if (!d.idTable || !d.termTable || !StringTable.holds(d.idTable, n) || !StringTable.holds(d.termTable, liveTerms))
    return 'saved index tables are damaged';
  return PackedStrings.problem(d.termBytes, d.termStart);
}

/** Whether every saved term reads within the vocabulary's bytes (a damaged length would read past them). */
export function vocabularyProblem(bytes: Uint8Array, starts: Uint32Array): string | null {
  // One reader moved from term to term: a cold worker checks the head's vocabulary before its first answer.
  const reader = new ByteReader(bytes, 0);
  for (const at of starts) {
    if (at === 0) continue;
    try {
      reader.at = at;
      reader.skipString();
    } catch {
      return 'saved vocabulary is damaged';
    }
  }
  return null;
}

/**
 * Whether every saved story record reads within its own bytes and names only known terms: ranking decodes
 * records without checks (it is the hot path), so damaged ones are found here, once, and the index rebuilt.
 */
export function recordsProblem(records: Uint8Array, start: Uint32Array, terms: number): string | null {
  for (let slot = 0; slot + 1 < start.length; slot++) {
    const from = start[slot] as number;
    const to = start[slot + 1] as number;
    if (to < from) return `saved story record ${slot} is out of order`;
    try {
      // A term count beyond the record's bytes would make a reader allocate for it before finding out.
      if (Math.floor(new ByteReader(records, from).varint() / 4) > to - from)
        return `saved story record ${slot} is damaged`;
      let unknownTerm = false;
      readBody(new ByteReader(records, from), (id) => {
        if (id < 0 || id >= terms) unknownTerm = true;
      });
      if (unknownTerm) return `saved story record ${slot} names an unknown term`;
      if (recordEnd(records, from) !== to) return `saved story record ${slot} is damaged`;
    } catch {
      return `saved story record ${slot} is damaged`;
    }
  }
  return null;
}

/**
 * Rebuilds the index from its persisted form; throws when {@link persistedLayoutProblem} finds one (the
 * caller runs the full {@link persistedIndexProblem} too, before or after its first use). Its ids are
 * copies of the stories' own: a caller that keeps the stories shares theirs ({@link StoryIndex.shareIds}).
 */
export function loadIndex(data: PersistedIndex): StoryIndex {
  const problem = persistedLayoutProblem(data);
  if (problem !== null) throw new Error(problem);
  return StoryIndex.restore(data);
}
