/**
 * The story index: an inverted index over title and summary with a BM25F scorer, plus each story's analysed
 * form (terms, names, numbers) computed once at add() so ranking a query never re-reads story text.
 */
import { analyseStoryText, packStory, type IndexableStory, type IndexedStory, type PackedStory } from './indexed-story';
import { NameVariants } from './name-variants';

export { hasTerm, type IndexableStory, type IndexedStory } from './indexed-story';

/** One weighted query term for {@link StoryIndex.search}. */
export interface WeightedTerm {
  termId: number;
  weight: number;
}

/** BM25F parameters: the title counts double, as a headline states what the story is about. */
export const BM25F = { k1: 1.2, titleWeight: 2, summaryWeight: 1, titleB: 0.5, summaryB: 0.75 } as const;

/**
 * One term's posting list: (slot, packed tf) pairs interleaved in one typed array grown by doubling, so
 * 100,000 stories cost bytes, not JS numbers, and a rare term costs one small array.
 */
interface Postings {
  /** slot, tf, slot, tf, … for the first `length` entries; tf packed as title * 4096 + summary. */
  data: Int32Array;
  length: number;
}

function pushPosting(p: Postings, slot: number, tf: number): void {
  if (2 * p.length === p.data.length) {
    const grown = new Int32Array(Math.max(2, p.length * 4));
    grown.set(p.data);
    p.data = grown;
  }
  p.data[2 * p.length] = slot;
  p.data[2 * p.length + 1] = tf;
  p.length++;
}

const NO_POSTINGS = new Int32Array(0);
const emptyPostings = (): Postings => ({ data: NO_POSTINGS, length: 0 });

const TF_SHIFT = 4096;

/** An in-memory inverted index of stories, updated one story at a time. */
export class StoryIndex {
  private readonly termToId = new Map<string, number>();
  private readonly idToTerm: string[] = [];
  private readonly postings: Postings[] = [];
  private readonly freeTermIds: number[] = [];
  private readonly docs: (PackedStory | undefined)[] = [];
  private readonly freeSlots: number[] = [];
  private readonly slotOf = new Map<string, number>();
  private titleLengthSum = 0;
  /** Bumped by every add/remove: cached idfs of older versions are stale. */
  private version = 1;
  private idfValue = new Float64Array(1024);
  private idfStamp = new Uint32Array(1024);
  private norms = { version: 0, titleNorm: new Float64Array(0), summaryNorm: new Float64Array(0) };
  /** Stories whose names hold each term (by term id): the name vocabulary for fuzzy variants. */
  private nameDfs = new Int32Array(1024);
  /** Bumped when a word starts or stops being a name word. */
  nameVersion = 0;
  /** Fuzzy name-variant lookup over this index's name words (built on first use). */
  readonly variants = new NameVariants(this);
  /** Score accumulator reused across searches (one cell per slot, kept at zero between searches). */
  private scratch = new Float64Array(0);
  private summaryLengthSum = 0;

  /** Number of stories indexed. */
  get size(): number {
    return this.slotOf.size;
  }

  /** Whether a story with this id is indexed. */
  has(id: string): boolean {
    return this.slotOf.has(id);
  }

  /** Adds a story, replacing any story with the same id. */
  add(story: IndexableStory): void {
    if (this.slotOf.has(story.id)) this.remove(story.id);
    const published = typeof story.published === 'number' && Number.isFinite(story.published) ? story.published : null;
    const analysed = analyseStoryText(story.title, story.summary, published);
    const { titleCounts, summaryCounts } = analysed;
    const all = new Map<number, [number, number]>();
    for (const [t, n] of titleCounts) all.set(this.intern(t), [n, 0]);
    for (const [t, n] of summaryCounts) {
      const id = this.intern(t);
      const entry = all.get(id);
      if (entry) entry[1] = n;
      else all.set(id, [0, n]);
    }
    const ids = Int32Array.from([...all.keys()]).sort();
    const known = (terms: Iterable<string>): number[] =>
      [...terms].map((t) => this.termToId.get(t) ?? -1).filter((id) => all.has(id));
    // Name words are words of the same text, so their terms are already among the story's terms.
    const nameTermIds = Int32Array.from(new Set(known(analysed.names.flatMap((n) => n.keys)))).sort();
    const doc = packStory({
      id: story.id,
      url: story.url ?? null,
      published,
      termIds: ids,
      titleTf: Array.from(ids, (id) => all.get(id)?.[0] ?? 0),
      summaryTf: Array.from(ids, (id) => all.get(id)?.[1] ?? 0),
      nameTermIds,
      capitalTermIds: Int32Array.from(known(analysed.capitalTerms)).sort(),
      titleLength: sum(titleCounts.values()),
      summaryLength: sum(summaryCounts.values()),
      numbers: analysed.numbers,
    });
    this.insert(doc);
  }

  /** Places an analysed story in a free slot and posts its terms (unless the postings are restored as saved). */
  private insert(doc: PackedStory, post = true): void {
    const slot = this.freeSlots.pop() ?? this.docs.length;
    this.docs[slot] = doc;
    this.slotOf.set(doc.id, slot);
    for (const id of doc.nameTermIds) this.countName(id, 1);
    this.titleLengthSum += doc.titleLength;
    this.summaryLengthSum += doc.summaryLength;
    this.version++;
    if (!post) return;
    const titleTf = doc.titleTf;
    const summaryTf = doc.summaryTf;
    doc.termIds.forEach((id, i) => {
      const tf = Math.min(titleTf[i] ?? 0, TF_SHIFT - 1) * TF_SHIFT + Math.min(summaryTf[i] ?? 0, TF_SHIFT - 1);
      pushPosting(this.postings[id] as Postings, slot, tf);
    });
  }

  private countName(termId: number, delta: number): void {
    if (termId >= this.nameDfs.length) {
      const grown = new Int32Array(Math.max(termId + 1, this.nameDfs.length * 2));
      grown.set(this.nameDfs);
      this.nameDfs = grown;
    }
    const before = this.nameDfs[termId] as number;
    this.nameDfs[termId] = before + delta;
    if ((before === 0) !== (before + delta === 0)) this.nameVersion++;
  }

  /** Stories whose names hold the term. */
  nameDf(termId: number): number {
    return this.nameDfs[termId] ?? 0;
  }

  /** Term ids that appear in some story's names. */
  *nameTermIds(): IterableIterator<number> {
    for (let id = 0; id < this.nameDfs.length; id++) if ((this.nameDfs[id] as number) > 0) yield id;
  }

  /**
   * An index holding already-analysed stories over a given vocabulary (term id = position; '' marks a free
   * id): how a persisted index is loaded without re-reading any story text. Stories take slots in order.
   * `postings`, when given, are the saved posting lists (term t's (slot, tf) pairs are
   * data[2·start[t] .. 2·start[t+1])); otherwise they are rebuilt from the stories.
   */
  static restore(vocabulary: readonly string[], docs: Iterable<PackedStory>, postings?: { data: Int32Array; start: Uint32Array }): StoryIndex {
    const index = new StoryIndex();
    vocabulary.forEach((term, id) => {
      index.idToTerm[id] = term;
      const from = postings?.start[id] ?? 0;
      const to = postings?.start[id + 1] ?? 0;
      // Views into the loaded buffer: no copy until a list grows.
      index.postings[id] = postings && to > from ? { data: postings.data.subarray(2 * from, 2 * to), length: to - from } : emptyPostings();
      if (term === '') index.freeTermIds.push(id);
      else index.termToId.set(term, id);
    });
    for (const doc of docs) index.insert(doc, postings === undefined);
    for (let id = vocabulary.length - 1; id >= 0; id--) if (vocabulary[id] !== '') index.releaseIfUnused(id);
    return index;
  }

  /** Term t's (slot, tf) pairs, interleaved (for saving). */
  postingsOf(termId: number): Int32Array {
    const p = this.postings[termId];
    return p ? p.data.subarray(0, 2 * p.length) : NO_POSTINGS;
  }

  /** The vocabulary: term by id ('' for a free id). */
  vocabulary(): readonly string[] {
    return this.idToTerm;
  }

  /** Every indexed story with its slot, in slot order. */
  *stories(): IterableIterator<[number, PackedStory]> {
    for (let slot = 0; slot < this.docs.length; slot++) {
      const doc = this.docs[slot];
      if (doc) yield [slot, doc];
    }
  }

  /** Removes a story; returns false when it was not indexed. */
  remove(id: string): boolean {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return false;
    const doc = this.docs[slot] as IndexedStory;
    for (const termId of doc.termIds) {
      const p = this.postings[termId] as Postings;
      let at = 0;
      while (at < p.length && p.data[2 * at] !== slot) at++;
      // Order inside a posting list does not matter (ties rank by slot): swap the last entry in.
      p.length--;
      p.data[2 * at] = p.data[2 * p.length] as number;
      p.data[2 * at + 1] = p.data[2 * p.length + 1] as number;
      this.releaseIfUnused(termId);
    }
    for (const id of doc.nameTermIds) this.countName(id, -1);
    this.titleLengthSum -= doc.titleLength;
    this.summaryLengthSum -= doc.summaryLength;
    this.docs[slot] = undefined;
    this.freeSlots.push(slot);
    this.slotOf.delete(id);
    this.version++;
    return true;
  }

  /** Term id of an analysed term, or undefined when no story holds it. */
  termId(term: string): number | undefined {
    return this.termToId.get(term);
  }

  /** The analysed term behind a term id. */
  term(termId: number): string {
    return this.idToTerm[termId] ?? '';
  }

  /** Number of stories holding the term. */
  df(termId: number): number {
    return this.postings[termId]?.length ?? 0;
  }

  /** BM25 inverse document frequency: high for rare terms, near 0 for terms in most stories. */
  idf(termId: number | undefined): number {
    if (termId === undefined) return Math.log(1 + (this.size + 0.5) / 0.5);
    // Ranking asks for the same idfs many times per query; they only change when stories come or go.
    if (this.idfStamp[termId] === this.version) return this.idfValue[termId] as number;
    if (termId >= this.idfValue.length) this.growIdfCache(termId);
    const df = this.df(termId);
    const idf = Math.log(1 + (this.size - df + 0.5) / (df + 0.5));
    this.idfValue[termId] = idf;
    this.idfStamp[termId] = this.version;
    return idf;
  }

  /** The analysed story in a slot returned by {@link search}. */
  story(slot: number): IndexedStory | undefined {
    return this.docs[slot];
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
    const { titleNorm, summaryNorm } = this.lengthNorms();
    if (this.scratch.length < this.docs.length) this.scratch = new Float64Array(this.docs.length * 2);
    const scores = this.scratch;
    const touched: number[] = [];
    const { k1, titleWeight, summaryWeight } = BM25F;
    for (const { termId, weight } of query) {
      const p = this.postings[termId];
      const idf = this.idf(termId) * weight;
      if (!p || p.length === 0 || !(idf > 0)) continue;
      const data = p.data;
      for (let i = 0; i < p.length; i++) {
        const slot = data[2 * i] as number;
        const packed = data[2 * i + 1] as number;
        const tfTitle = Math.floor(packed / TF_SHIFT);
        const tfSummary = packed - tfTitle * TF_SHIFT;
        const tf = (titleWeight * tfTitle) / (titleNorm[slot] as number) + (summaryWeight * tfSummary) / (summaryNorm[slot] as number);
        if (scores[slot] === 0) touched.push(slot);
        scores[slot] = (scores[slot] as number) + (idf * tf) / (k1 + tf);
      }
    }
    const best = topK(touched, scores, limit);
    for (const slot of touched) scores[slot] = 0;
    return best;
  }

  /** BM25 length normalisation per slot and field, recomputed when stories came or went since the last search. */
  private lengthNorms(): { titleNorm: Float64Array; summaryNorm: Float64Array } {
    if (this.norms.version !== this.version) {
      const n = Math.max(this.size, 1);
      const avgTitle = Math.max(this.titleLengthSum / n, 1);
      const avgSummary = Math.max(this.summaryLengthSum / n, 1);
      const titleNorm = new Float64Array(this.docs.length);
      const summaryNorm = new Float64Array(this.docs.length);
      this.docs.forEach((doc, slot) => {
        if (!doc) return;
        titleNorm[slot] = 1 - BM25F.titleB + (BM25F.titleB * doc.titleLength) / avgTitle;
        summaryNorm[slot] = 1 - BM25F.summaryB + (BM25F.summaryB * doc.summaryLength) / avgSummary;
      });
      this.norms = { version: this.version, titleNorm, summaryNorm };
    }
    return this.norms;
  }

  private growIdfCache(termId: number): void {
    const size = Math.max(termId + 1, this.idfValue.length * 2);
    const values = new Float64Array(size);
    values.set(this.idfValue);
    const stamps = new Uint32Array(size);
    stamps.set(this.idfStamp);
    this.idfValue = values;
    this.idfStamp = stamps;
  }

  private intern(term: string): number {
    const known = this.termToId.get(term);
    if (known !== undefined) return known;
    const id = this.freeTermIds.pop() ?? this.idToTerm.length;
    this.termToId.set(term, id);
    this.idToTerm[id] = term;
    this.postings[id] = emptyPostings();
    return id;
  }

  /** Frees a term id nobody holds any more, so the vocabulary does not grow forever as stories expire. */
  private releaseIfUnused(termId: number): void {
    const p = this.postings[termId];
    if (!p || p.length > 0) return;
    this.termToId.delete(this.idToTerm[termId] ?? '');
    this.idToTerm[termId] = '';
    this.postings[termId] = emptyPostings();
    this.freeTermIds.push(termId);
  }
}

/** Whether hit a ranks below hit b: lower score, or on a tie the later slot (so ties rank the same after a reload). */
const worse = (a: { slot: number; score: number }, b: { slot: number; score: number }): boolean =>
  a.score < b.score || (a.score === b.score && a.slot > b.slot);

/** The `k` best-scoring slots, best first: a size-k min-heap, so thousands of matches cost no full sort. */
function topK(slots: readonly number[], scores: Float64Array, k: number): { slot: number; score: number }[] {
  if (k <= 0) return [];
  const heap: { slot: number; score: number }[] = [];
  const less = (a: number, b: number): boolean => worse(heap[a] as { slot: number; score: number }, heap[b] as { slot: number; score: number });
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
      for (let i = 0; ; ) {
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
