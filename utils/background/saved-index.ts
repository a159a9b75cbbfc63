/**
 * The match index as saved in IndexedDB's `matchIndex` store, in parts (`utils/match/saved-parts.ts`): written
 * whole in one transaction, read whole or a few parts at a time.
 */
import { StoryIndex } from '../match/inverted-index';
import { analyseQuery, type MatchQuery } from '../match/query';
import { findCandidates, type FoundCandidates } from '../match/rank';
import type { PersistedIndex } from '../match/persist';
import {
  CHUNK_SIZES,
  HEAD_KEY,
  chunkCounts,
  headProblem,
  joinIndex,
  postingChunkProblem,
  postingKey,
  recordChunkProblem,
  recordKey,
  slotRange,
  splitIndex,
  termChunk,
  termRange,
  type ChunkSizes,
  type SavedHead,
  type SavedPostingChunk,
  type SavedRecordChunk,
} from '../match/saved-parts';
import type { SidelightDb } from '../store/db';
import { faultPoint } from '../store/fault-points';
import { timed, timedSync } from './timing';

/** The saved head, unchecked (undefined: nothing saved). */
export function readSavedHead(db: SidelightDb): Promise<unknown> {
  return db.get('matchIndex', HEAD_KEY);
}

/** These parts, in one transaction, in order (undefined where missing). */
async function readParts(db: SidelightDb, keys: readonly string[]): Promise<unknown[]> {
  const tx = db.transaction('matchIndex', 'readonly');
  const parts = await Promise.all(keys.map((key) => tx.store.get(key)));
  await tx.done;
  return parts;
}

/**
 * Every chunk under a checked head, joined into the whole saved index; throws when a chunk is missing or not
 * the size the head says.
 */
export async function readSavedChunks(db: SidelightDb, head: SavedHead): Promise<PersistedIndex> {
  const counts = chunkCounts(head);
  const keys = [
    ...Array.from({ length: counts.postings }, (_, k) => postingKey(k)),
    ...Array.from({ length: counts.records }, (_, k) => recordKey(k)),
  ];
  const parts = await readParts(db, keys);
  return joinIndex(head, parts.slice(0, counts.postings), parts.slice(counts.postings));
}

/**
 * Replaces the saved index with this one, in one transaction: the old parts go with it, so a stop in the middle
 * leaves the old index whole or the new one.
 */
export async function writeSavedIndex(
  db: SidelightDb,
  saved: PersistedIndex,
  sizes: ChunkSizes = CHUNK_SIZES,
): Promise<void> {
  const parts = splitIndex(saved, sizes);
  const tx = db.transaction('matchIndex', 'readwrite');
  await faultPoint('index-save:in-transaction', () => tx.store.count());
  await tx.store.clear();
  await Promise.all(parts.map(([key, part]) => tx.store.put(part, key)));
  await tx.done;
}

/** Deletes every saved part. */
export async function deleteSavedIndex(db: SidelightDb): Promise<void> {
  await db.clear('matchIndex');
}

/** A made-up article for {@link PartialIndex.warmUp}: names, a figure, a weekday, as articles have them. */
const WARM_UP_QUERY: MatchQuery = {
  title: 'Harbour workers in Northvale strike over pay',
  lead: 'About 1,200 workers walked out on Tuesday, the Northvale Dockers Union said.',
  text: 'Talks with the port authority ended without a deal, union leader Ana Brightwater said.',
  published: null,
};

/**
 * A saved index read a part at a time: its head first, then, for each article, the posting chunks of the
 * article's search terms and the record chunks of its candidates, each checked before it is used. Ranking an
 * article it was prepared for gives what the whole index gives (it reads the same lists and records); for any
 * other use, read the whole index.
 */
export class PartialIndex {
  /** The index, with zeros and empty ids where nothing was read yet. */
  readonly index: StoryIndex;
  private postingsRead = new Set<number>();
  private recordsRead = new Set<number>();

  constructor(
    private readonly db: SidelightDb,
    /** A head that passed headProblem. */
    readonly head: SavedHead,
  ) {
    this.index = StoryIndex.restoreUnread(head, head.slots);
  }

  /**
   * Builds the name-variant lookup over the vocabulary and runs the query analysis once on a sentence of its own,
   * so the article's analysis does neither for the first time: a fresh worker calls it while the page extracts
   * the article (its first analysis took 150 ms at 100,000 stories, most of it these two).
   */
  warmUp(): void {
    this.index.variants.prepare();
    analyseQuery(this.index, WARM_UP_QUERY);
  }

  /**
   * Reads and puts in what ranking this article reads; throws when a part it needs is missing or damaged.
   * Resolves to the candidates it found on the way (ranking this query takes them rather than searching again).
   */
  async prepare(query: MatchQuery): Promise<FoundCandidates> {
    const analysed = timedSync('index:parts-analyse', () => analyseQuery(this.index, query));
    const termChunks = new Set(analysed.searchTerms.map((t) => termChunk(this.head, t.termId)));
    await timed('index:parts-postings', () =>
      this.readPostings([...termChunks].filter((k) => !this.postingsRead.has(k))),
    );
    const candidates = timedSync('index:parts-search', () => findCandidates(this.index, query, analysed));
    const slotChunks = new Set(candidates.found.map((f) => Math.floor(f.slot / this.head.chunkSlots)));
    await timed('index:parts-records', () => this.readRecords([...slotChunks].filter((k) => !this.recordsRead.has(k))));
    return candidates;
  }

  private async readPostings(chunks: number[]): Promise<void> {
    await this.readChunks(chunks, postingKey, this.postingsRead, (k, part) => {
      const problem = postingChunkProblem(this.head, k, part);
      if (problem !== null) throw new Error(problem);
      const [from, to] = termRange(this.head, k);
      this.index.fillPostings(from, to, (part as SavedPostingChunk).bytes, this.head.postingStart);
    });
  }

  private async readRecords(chunks: number[]): Promise<void> {
    await this.readChunks(chunks, recordKey, this.recordsRead, (k, part) => {
      const problem = recordChunkProblem(this.head, k, part);
      if (problem !== null) throw new Error(problem);
      const { ids, bytes } = part as SavedRecordChunk;
      this.index.fillRecords(slotRange(this.head, k)[0], ids, bytes, this.head.recordStart);
    });
  }

  /** Reads these chunks in one transaction and puts each in (`use` throws on a bad one), once. */
  private async readChunks(
    chunks: number[],
    keyOf: (chunk: number) => string,
    done: Set<number>,
    use: (chunk: number, part: unknown) => void,
  ): Promise<void> {
    if (chunks.length === 0) return;
    const parts = await readParts(this.db, chunks.map(keyOf));
    chunks.forEach((k, i) => {
      if (done.has(k)) return;
      use(k, parts[i]);
      done.add(k);
    });
  }
}

/** The whole saved index, or undefined when no usable head is saved. */
export async function readSavedIndex(db: SidelightDb): Promise<PersistedIndex | undefined> {
  const head = await readSavedHead(db);
  if (headProblem(head) !== null) return undefined;
  return readSavedChunks(db, head as SavedHead);
}
