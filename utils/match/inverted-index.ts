/**
 * The story index: an inverted index over title and summary with a BM25F scorer, plus each story's analysed
 * form (terms, names, numbers) computed once at add() so ranking a query never re-reads story text.
 *
 * Memory is the constraint at 100,000 stories: no JS object or array per story or term. Posting lists are
 * delta-encoded varints in one byte pool (postings.ts), each story's analysed form (and its link, as the
 * difference from its id) is a byte record in another (story-record.ts), the vocabulary is packed in a third
 * (packed-strings.ts), and per-story numbers (record address, field lengths) sit in flat typed arrays
 * indexed by slot. The only JS value per story is its id, the very string the caller's story holds.
 * Slots only grow; removed stories leave dead slots that searches skip until enough pile up and the index
 * compacts itself (same order, so ties still rank alike).
 */
import { analyseStoryText, type IndexableStory, type IndexedStory } from './indexed-story';
import { NameVariants } from './name-variants';
import { PackedStrings } from './packed-strings';
import { PostingLists } from './postings';
import { readBody, readRecord, recordEnd, writeRecord, type RecordTerm } from './story-record';
import { kindNumber } from './story-kind';
import { StringTable } from './string-table';
import { ByteBuilder, ByteReader } from './varint';

export { hasTerm, type IndexableStory, type IndexedStory } from './indexed-story';

/** One weighted query term for {@link StoryIndex.search}. */
export interface WeightedTerm {
  termId: number;
  weight: number;
}

/** BM25F parameters: the title counts double, as a headline states what the story is about. */
export const BM25F = { k1: 1.2, titleWeight: 2, summaryWeight: 1, titleB: 0.5, summaryB: 0.75 } as const;

/** Field lengths are kept in 16 bits (a feed summary never comes near). */
const MAX_LENGTH = 0xffff;
/** Compaction waits for this many dead slots, and for them to be a quarter of all slots. */
const COMPACT_MIN_DEAD = 1024;

/** The columns an index read in parts has not read yet ({@link StoryIndex.restoreUnread}). */
type UnreadColumn = 'ids' | 'records' | 'postings';

/** Everything an index holds, as flat columns: what persist.ts saves and restores. */
export interface IndexColumns {
  /** The vocabulary packed (packed-strings.ts): term t is at termBytes[termStart[t]], 0 for a free id. */
  termBytes: Uint8Array;
  termStart: Uint32Array;
  /** Comparable number unit by id. */
  units: string[];
  /** Per slot (compacted: no dead slots). */
  ids: string[];
  /** The id → slot and term → term id hash tables (string-table.ts), so a load hashes no string. */
  idTable: Int32Array;
  termTable: Int32Array;
  titleLength: Uint16Array;
  summaryLength: Uint16Array;
  /** Story i's record (with its link) is records[recordStart[i] .. recordStart[i+1]). */
  recordStart: Uint32Array;
  records: Uint8Array;
  /** Term t's postings are postings[postingStart[t] .. postingStart[t+1]), the last at slot postingLast[t]. */
  postingStart: Uint32Array;
  postings: Uint8Array;
  postingLast: Int32Array;
  /** Stories holding each term (its posting count: the index is compacted), and whose names hold it. */
  df: Int32Array;
  nameDf: Int32Array;
}

function grow<T extends Uint16Array | Uint32Array | Int32Array>(array: T, need: number, make: (n: number) => T): T {
  if (need <= array.length) return array;
  const grown = make(Math.max(need, Math.ceil(array.length * 1.25) + 16));
  grown.set(array);
  return grown;
}

/** An in-memory inverted index of stories, updated one story at a time. */
export class StoryIndex {
  /** Term by term id ('' for a free id). */
  private terms = new PackedStrings();
  /** Term → term id, keyed through the packed terms (no second copy of the vocabulary, no Map entry per term). */
  private termToId = new StringTable(this.terms.keys);
  private freeTermIds: number[] = [];
  private postings = new PostingLists();
  /** Stories holding each term (live ones: removed stories' postings stay until compaction). */
  private dfs: Int32Array = new Int32Array(256);
  /** Stories whose names hold each term (by term id): the name vocabulary for fuzzy variants. */
  private nameDfs: Int32Array = new Int32Array(256);
  private unitToId = new Map<string, number>([['', 0]]);
  private idToUnit: string[] = [''];
  /** Per slot: story id (undefined: removed), record address, field lengths. */
  private ids: (string | undefined)[] = [];
  private recordAt: Uint32Array = new Uint32Array(256);
  private titleLengths: Uint16Array = new Uint16Array(256);
  private summaryLengths: Uint16Array = new Uint16Array(256);
  private records = new ByteBuilder(new Uint8Array(4096));
  /** Story id → slot, keyed through `ids`. */
  private slotOf = new StringTable((slot) => this.ids[slot]);
  private dead = 0;
  /** Slot count when the growth slack was last trimmed. */
  private trimmedAt = 0;
  private titleLengthSum = 0;
  private summaryLengthSum = 0;
  /** Bumped when a word starts or stops being a name word. */
  nameVersion = 0;
  /** Bumped when a term gets an id or gives its id up: what is worked out from {@link termId}s may be kept until then. */
  vocabularyVersion = 0;
  /** Fuzzy name-variant lookup over this index's name words (built on first use). */
  readonly variants = new NameVariants(this);

  /** Number of stories indexed. */
  get size(): number {
    return this.slotOf.size;
  }

  /** Whether a story with this id is indexed. */
  has(id: string): boolean {
    return this.slotOf.get(id) !== undefined;
  }

  /** Adds a story, replacing any story with the same id. */
  add(story: IndexableStory): void {
    if (this.has(story.id)) this.remove(story.id);
    const published = typeof story.published === 'number' && Number.isFinite(story.published) ? story.published : null;
    const analysed = analyseStoryText(story.title, story.summary, published);
    const byId = new Map<number, RecordTerm>();
    const termOf = (term: string): RecordTerm => {
      const id = this.intern(term);
      let t = byId.get(id);
      if (!t) {
        t = { id, titleTf: 0, summaryTf: 0, name: false, capital: false, side: 0 };
        byId.set(id, t);
      }
      return t;
    };
    for (const [term, n] of analysed.titleCounts) termOf(term).titleTf = n;
    for (const [term, n] of analysed.summaryCounts) termOf(term).summaryTf = n;
    // Name and capitalised words are words of the same text, so their terms are among the story's terms.
    for (const term of analysed.capitalTerms) {
      const id = this.termToId.get(term);
      const t = id === undefined ? undefined : byId.get(id);
      if (t) t.capital = true;
    }
    for (const term of analysed.names.flatMap((n) => n.keys)) {
      const id = this.termToId.get(term);
      const t = id === undefined ? undefined : byId.get(id);
      if (t) t.name = true;
    }
    // A result's sides are headline words, so their terms are among the story's terms too.
    const sides = analysed.sides;
    if (sides !== null)
      for (const [side, words] of [
        [1, sides.winner],
        [2, sides.loser],
      ] as const)
        for (const term of words) {
          const id = this.termToId.get(term);
          const t = id === undefined ? undefined : byId.get(id);
          if (t && t.side === 0) t.side = side;
        }
    const terms = [...byId.values()].sort((a, b) => a.id - b.id);
    const numbers = analysed.numbers.map((n) => ({ value: n.value, unitId: this.unitId(n.unit) }));
    const slot = this.newSlot(story.id, sum(analysed.titleCounts.values()), sum(analysed.summaryCounts.values()));
    writeRecord(
      this.records,
      terms,
      published,
      kindNumber(analysed.kind, analysed.sides !== null, analysed.city, analysed.stage),
      numbers,
      {
        id: story.id,
        url: typeof story.url === 'string' ? story.url : null,
      },
    );
    for (const t of terms) {
      this.postings.push(t.id, slot, t.titleTf, t.summaryTf);
      this.countTerm(t.id, 1, t.name);
    }
  }

  private newSlot(id: string, titleLength: number, summaryLength: number): number {
    const slot = this.ids.length;
    this.ids.push(id);
    this.slotOf.add(slot);
    this.recordAt = grow(this.recordAt, slot + 1, (n) => new Uint32Array(n));
    this.titleLengths = grow(this.titleLengths, slot + 1, (n) => new Uint16Array(n));
    this.summaryLengths = grow(this.summaryLengths, slot + 1, (n) => new Uint16Array(n));
    this.recordAt[slot] = this.records.length;
    this.titleLengths[slot] = Math.min(titleLength, MAX_LENGTH);
    this.summaryLengths[slot] = Math.min(summaryLength, MAX_LENGTH);
    this.titleLengthSum += this.titleLengths[slot] as number;
    this.summaryLengthSum += this.summaryLengths[slot] as number;
    return slot;
  }

  private countTerm(termId: number, delta: number, name: boolean): void {
    this.dfs = grow(this.dfs, termId + 1, (n) => new Int32Array(n));
    this.dfs[termId] = (this.dfs[termId] as number) + delta;
    if (!name) return;
    this.nameDfs = grow(this.nameDfs, termId + 1, (n) => new Int32Array(n));
    const before = this.nameDfs[termId] as number;
    this.nameDfs[termId] = before + delta;
    if ((before === 0) !== (before + delta === 0)) this.nameVersion++;
  }

  private unitId(unit: string): number {
    let id = this.unitToId.get(unit);
    if (id === undefined) {
      id = this.idToUnit.length;
      this.idToUnit.push(unit);
      this.unitToId.set(unit, id);
    }
    return id;
  }

  /** Stories whose names hold the term. */
  nameDf(termId: number): number {
    return this.nameDfs[termId] ?? 0;
  }

  /** Term ids that appear in some story's names. */
  *nameTermIds(): IterableIterator<number> {
    for (let id = 0; id < this.nameDfs.length; id++) if ((this.nameDfs[id] as number) > 0) yield id;
  }

  /** Removes a story; returns false when it was not indexed. */
  remove(id: string): boolean {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return false;
    readBody(new ByteReader(this.records.bytes, this.recordAt[slot] as number), (termId, _t, _s, flags) => {
      this.countTerm(termId, -1, (flags & 1) !== 0);
      if (this.dfs[termId] === 0) this.releaseTerm(termId);
    });
    this.titleLengthSum -= this.titleLengths[slot] as number;
    this.summaryLengthSum -= this.summaryLengths[slot] as number;
    this.slotOf.delete(id);
    this.ids[slot] = undefined;
    this.dead++;
    if (this.dead >= COMPACT_MIN_DEAD && this.dead * 4 >= this.ids.length) this.compact();
    return true;
  }

  /** Drops dead slots: live stories move down, in order, with their records copied as they are. */
  compact(): void {
    if (this.dead === 0) return;
    const old = {
      ids: this.ids,
      recordAt: this.recordAt,
      titles: this.titleLengths,
      summaries: this.summaryLengths,
      records: this.records.bytes,
    };
    const live = this.slotOf.size;
    this.ids = [];
    this.terms.repack();
    this.slotOf.clear(live);
    this.recordAt = new Uint32Array(live + 16);
    this.titleLengths = new Uint16Array(live + 16);
    this.summaryLengths = new Uint16Array(live + 16);
    this.records = new ByteBuilder(new Uint8Array(Math.max(this.records.length, 4096)));
    this.postings = new PostingLists();
    this.titleLengthSum = 0;
    this.summaryLengthSum = 0;
    this.dead = 0;
    old.ids.forEach((id, from) => {
      if (id === undefined) return;
      const slot = this.newSlot(id, old.titles[from] as number, old.summaries[from] as number);
      const start = old.recordAt[from] as number;
      const end = recordEnd(old.records, start);
      this.records.reserve(end - start);
      this.records.bytes.set(old.records.subarray(start, end), this.records.length);
      this.records.length += end - start;
      readBody(new ByteReader(old.records, start), (termId, t, s) => this.postings.push(termId, slot, t, s));
    });
  }

  /** The index as flat columns (compacting it first, so slot i is story i). */
  columns(): IndexColumns {
    this.compact();
    const n = this.ids.length;
    const recordStart = new Uint32Array(n + 1);
    recordStart.set(this.recordAt.subarray(0, n));
    recordStart[n] = this.records.length;
    const v = this.terms.length;
    const lists = Array.from({ length: v }, (_, t) => this.postings.bytesOf(t));
    const postingStart = new Uint32Array(v + 1);
    lists.forEach((l, t) => (postingStart[t + 1] = (postingStart[t] as number) + l.length));
    const postings = new Uint8Array(postingStart[v] as number);
    lists.forEach((l, t) => postings.set(l, postingStart[t]));
    const terms = this.terms.columns();
    return {
      termBytes: terms.bytes,
      termStart: terms.starts,
      units: [...this.idToUnit],
      ids: this.ids.map((id) => id ?? ''),
      idTable: this.slotOf.toArray(),
      termTable: this.termToId.toArray(),
      titleLength: this.titleLengths.slice(0, n),
      summaryLength: this.summaryLengths.slice(0, n),
      recordStart,
      records: this.records.toArray(),
      postingStart,
      postings,
      postingLast: Int32Array.from({ length: v }, (_, t) => this.postings.lastSlot(t)),
      df: Int32Array.from({ length: v }, (_, t) => this.df(t)),
      nameDf: Int32Array.from({ length: v }, (_, t) => this.nameDf(t)),
    };
  }

  /** An index over saved columns, without re-reading any story text; the buffers are used, not copied, where they can be. */
  static restore(c: IndexColumns): StoryIndex {
    return StoryIndex.fromColumns(c, c.ids.length, c);
  }

  /**
   * An index over saved columns of `slots` stories whose ids, records and posting lists are not read yet (an
   * index read in parts, saved-parts.ts): empty ids and zeros, put in by {@link fillPostings} and
   * {@link fillRecords}. Nothing is copied for them (a cold worker restores this before its first answer).
   */
  static restoreUnread(c: Omit<IndexColumns, UnreadColumn>, slots: number): StoryIndex {
    return StoryIndex.fromColumns(c, slots, null);
  }

  private static fromColumns(
    c: Omit<IndexColumns, UnreadColumn>,
    n: number,
    read: Pick<IndexColumns, UnreadColumn> | null,
  ): StoryIndex {
    const index = new StoryIndex();
    const v = c.termStart.length;
    index.terms = new PackedStrings(c.termBytes, c.termStart);
    index.termToId = new StringTable(index.terms.keys);
    for (let id = 0; id < v; id++) if (c.termStart[id] === 0) index.freeTermIds.push(id);
    index.termToId.restore(c.termTable, v - index.freeTermIds.length);
    c.units.forEach((unit, id) => index.unitToId.set(unit, id));
    index.idToUnit = [...c.units];
    index.postings = PostingLists.restore(read?.postings ?? null, c.postingStart, c.postingLast);
    // Copies (an index grows them); slice, not Int32Array.from, which iterates (slow in a worker just started).
    index.dfs = c.df.slice();
    index.nameDfs = c.nameDf.slice();
    index.ids = read ? [...read.ids] : new Array<string>(n).fill('');
    index.recordAt = c.recordStart;
    index.titleLengths = c.titleLength;
    index.summaryLengths = c.summaryLength;
    const records = read?.records ?? new Uint8Array(c.recordStart[n] ?? 0);
    index.records = new ByteBuilder(records, records.length);
    index.slotOf.restore(c.idTable, n);
    for (let slot = 0; slot < n; slot++) {
      index.titleLengthSum += c.titleLength[slot] as number;
      index.summaryLengthSum += c.summaryLength[slot] as number;
    }
    // Saved columns have no growth slack: the first search need not trim (it repacked every list, 75–300 ms
    // at 100,000 stories, in the cold popup's answer).
    index.trimmedAt = n;
    return index;
  }

  /**
   * Puts in saved posting bytes of term ids [from, to) into an index restored without them (`bytes` start at
   * `start[from]`; `start` is the saved postingStart). The caller checked them (saved-parts.ts).
   */
  fillPostings(from: number, to: number, bytes: Uint8Array, start: Uint32Array): void {
    this.postings.fill(from, to, bytes, start);
  }

  /**
   * Puts in saved ids and records of slots [from, from + ids.length) into an index restored without them
   * (`bytes` start at `start[from]`; `start` is the saved recordStart). The caller checked them.
   */
  fillRecords(from: number, ids: readonly string[], bytes: Uint8Array, start: Uint32Array): void {
    this.records.bytes.set(bytes, start[from]);
    ids.forEach((id, i) => (this.ids[from + i] = id));
  }

  /**
   * Swaps each story id the index holds for the caller's string of the same id (`own(id)`, e.g. from the Map
   * of stories it keeps): a loaded index holds copies of the ids, some 100 bytes a story otherwise held twice.
   */
  shareIds(own: (id: string) => string | undefined): void {
    this.ids = this.ids.map((id) => (id === undefined ? undefined : (own(id) ?? id)));
  }

  /** Term id of an analysed term, or undefined when no story holds it. */
  termId(term: string): number | undefined {
    return this.termToId.get(term);
  }

  /** The analysed term behind a term id. */
  term(termId: number): string {
    return this.terms.get(termId);
  }

  /** Number of stories holding the term. */
  df(termId: number): number {
    return this.dfs[termId] ?? 0;
  }

  /** BM25 inverse document frequency: high for rare terms, near 0 for terms in most stories. */
  idf(termId: number | undefined): number {
    const df = termId === undefined ? 0 : this.df(termId);
    const size = this.size;
    if (df >= IDF_KEPT) return idfOf(size, df);
    if (keptIdfSize !== size) {
      keptIdfs.fill(Number.NaN);
      keptIdfSize = size;
    }
    let idf = keptIdfs[df] as number;
    if (Number.isNaN(idf)) {
      idf = idfOf(size, df);
      keptIdfs[df] = idf;
    }
    return idf;
  }

  /** The analysed story in a slot returned by {@link search} (decoded from its record). */
  story(slot: number): IndexedStory | undefined {
    const id = this.ids[slot];
    if (id === undefined) return undefined;
    const base = {
      id,
      titleLength: this.titleLengths[slot] as number,
      summaryLength: this.summaryLengths[slot] as number,
    };
    return readRecord(this.records.bytes, this.recordAt[slot] as number, base, (u) => this.idToUnit[u] ?? '');
  }

  /** The id of the story in a slot returned by {@link search}, without decoding its record. */
  idAt(slot: number): string | undefined {
    return this.ids[slot];
  }

  /** The slot of a story id. */
  slot(id: string): number | undefined {
    return this.slotOf.get(id);
  }

  /**
   * BM25F over title and summary: per term, field frequencies are length-normalised and weighted, then
   * saturated once (so a term repeated in both fields does not count twice over). Returns the `limit`
   * best slots, best first.
   */
  search(query: readonly WeightedTerm[], limit: number): { slot: number; score: number }[] {
    if (this.size === 0) return [];
    // Searching means the stories are in: hand back the growth slack (and the posting slices' waste).
    if (this.trimmedAt !== this.ids.length) this.trimSlack();
    const n = Math.max(this.size, 1);
    const { k1, titleWeight, summaryWeight, titleB, summaryB } = BM25F;
    const titleScale = titleB / Math.max(this.titleLengthSum / n, 1);
    const summaryScale = summaryB / Math.max(this.summaryLengthSum / n, 1);
    const titleLengths = this.titleLengths;
    const summaryLengths = this.summaryLengths;
    const ids = this.ids;
    // Per-query scratch: garbage after the query, so not part of what the index keeps.
    const scores = new Float64Array(ids.length);
    const touched: number[] = [];
    for (const { termId, weight } of query) {
      const idf = this.idf(termId) * weight;
      if (this.df(termId) === 0 || !(idf > 0)) continue;
      this.postings.forEach(termId, (slot, tfTitle, tfSummary) => {
        if (ids[slot] === undefined) return;
        const titleNorm = 1 - titleB + titleScale * (titleLengths[slot] as number);
        const summaryNorm = 1 - summaryB + summaryScale * (summaryLengths[slot] as number);
        const tf = (titleWeight * tfTitle) / titleNorm + (summaryWeight * tfSummary) / summaryNorm;
        if (scores[slot] === 0) touched.push(slot);
        scores[slot] = (scores[slot] as number) + (idf * tf) / (k1 + tf);
      });
    }
    return topK(touched, scores, limit);
  }

  /** Copies the growing arrays and pools to their used size (arrays grown by push keep up to half again). */
  private trimSlack(): void {
    this.trimmedAt = this.ids.length;
    this.records.trim();
    this.postings.repackIfSlack();
    const slots = this.ids.length;
    const terms = this.terms.length;
    this.ids = this.ids.slice();
    this.terms.repack();
    this.recordAt = this.recordAt.slice(0, Math.max(slots, 1));
    this.titleLengths = this.titleLengths.slice(0, Math.max(slots, 1));
    this.summaryLengths = this.summaryLengths.slice(0, Math.max(slots, 1));
    this.dfs = this.dfs.slice(0, Math.max(terms, 1));
    this.nameDfs = this.nameDfs.slice(0, Math.max(terms, 1));
    this.postings.trimColumns(terms);
  }

  private intern(term: string): number {
    const known = this.termToId.get(term);
    if (known !== undefined) return known;
    const id = this.freeTermIds.pop() ?? this.terms.length;
    this.terms.set(id, term);
    this.termToId.add(id);
    this.vocabularyVersion++;
    return id;
  }

  /** Frees a term id nobody holds any more, so the vocabulary does not grow forever as stories expire. */
  private releaseTerm(termId: number): void {
    this.termToId.delete(this.terms.get(termId));
    this.terms.clear(termId);
    this.postings.clear(termId);
    this.freeTermIds.push(termId);
    this.vocabularyVersion++;
  }
}

/** BM25's idf of a term in `df` of `size` stories. */
const idfOf = (size: number, df: number): number => Math.log(1 + (size - df + 0.5) / (df + 0.5));

/**
 * The idfs of the smallest document frequencies, for an index of `keptIdfSize` stories: a query asks some 8,000
 * idfs (every word of its 60 candidates, and again of the 40 it compares), four in five of words in fewer than
 * {@link IDF_KEPT} stories, and a logarithm each was 3–4% of its time at 10,000 stories. Shared by all indexes (an
 * idf depends on the two counts alone), so no index keeps more memory; a query on an index of another size starts
 * it afresh.
 */
const IDF_KEPT = 256;
const keptIdfs = new Float64Array(IDF_KEPT).fill(Number.NaN);
let keptIdfSize = -1;

/** Whether hit a ranks below hit b: lower score, or on a tie the later slot (so ties rank the same after a reload). */
const worse = (a: { slot: number; score: number }, b: { slot: number; score: number }): boolean =>
  a.score < b.score || (a.score === b.score && a.slot > b.slot);

/** The `k` best-scoring slots, best first: a size-k min-heap, so thousands of matches cost no full sort. */
function topK(slots: readonly number[], scores: Float64Array, k: number): { slot: number; score: number }[] {
  if (k <= 0) return [];
  const heap: { slot: number; score: number }[] = [];
  const less = (a: number, b: number): boolean =>
    worse(heap[a] as { slot: number; score: number }, heap[b] as { slot: number; score: number });
  const swap = (a: number, b: number): void => {
    const t = heap[a] as { slot: number; score: number };
    heap[a] = heap[b] as { slot: number; score: number };
    heap[b] = t;
  };
  for (const slot of slots) {
    const score = scores[slot] as number;
    const root = heap[0];
    if (heap.length === k && root !== undefined && !worse(root, { slot, score })) continue;
    if (heap.length < k) {
      heap.push({ slot, score });
      for (let i = heap.length - 1; i > 0 && less(i, (i - 1) >> 1); i = (i - 1) >> 1) swap(i, (i - 1) >> 1);
    } else {
      heap[0] = { slot, score };
      for (let i = 0; ;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < heap.length && less(l, m)) m = l;
        if (r < heap.length && less(r, m)) m = r;
        if (m === i) break;
        swap(i, m);
        i = m;
      }
    }
  }
  return heap.sort((a, b) => b.score - a.score || a.slot - b.slot);
}

function sum(values: Iterable<number>): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}
