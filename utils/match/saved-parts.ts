/**
 * The saved index in parts, so a fresh worker reads only what one article needs: a head (the vocabulary, the
 * per-term and per-story numbers, the hash tables: a few MB at 100,000 stories), the posting lists in chunks of
 * consecutive term ids, and the story records with their ids in chunks of consecutive slots. An article's query
 * reads the head, the chunks holding its terms' lists, then those holding its candidates' records; the rest is
 * read after the answer. Every part is checked when it is read, before any of it is used.
 */
import { PostingLists } from './postings';
import { persistedColumnsProblem, recordsProblem, vocabularyProblem, type PersistedIndex } from './persist';

/**
 * How many posting bytes a posting chunk holds at most (a longer list alone makes a chunk of its own), and how
 * many slots a record chunk holds.
 */
export interface ChunkSizes {
  postingBytes: number;
  slots: number;
}

/**
 * At 100,000 stories (some 38,000 terms, 5 MB of postings, 7 MB of records, 9 MB of ids): some 330 posting
 * chunks of about 16 kB and 3,130 record chunks of about 5 kB. A query's candidates are spread over the index
 * (some 60 of them, nearly one chunk each), so a record chunk is read for one story in it: chunks of 128 stories
 * read some 1.2 MB for 60 candidates and checked 7,700 records before the first answer; chunks of 32 read a
 * quarter of that. Chromium keeps a value over 64 kB in a file of its own, slower to read cold: chunks stay under it.
 */
export const CHUNK_SIZES: ChunkSizes = { postingBytes: 16_384, slots: 32 };

/** Everything of a saved index but its posting bytes, story records and ids. */
export interface SavedHead extends Omit<PersistedIndex, 'ids' | 'records' | 'postings'> {
  part: 'head';
  /** Stories (slots) in the index. */
  slots: number;
  /** The first term id of each posting chunk (the first is 0): consecutive terms, up to the chunk size in bytes. */
  termChunks: Uint32Array;
  chunkSlots: number;
}

/** The posting bytes of the term ids from termChunks[chunk] up to the next chunk's first. */
export interface SavedPostingChunk {
  part: 'postings';
  bytes: Uint8Array;
}

/** The ids and record bytes of slots chunk·chunkSlots up to the next chunk's first. */
export interface SavedRecordChunk {
  part: 'records';
  ids: string[];
  bytes: Uint8Array;
}

/** One record of the `matchIndex` store. */
export type SavedPart = SavedHead | SavedPostingChunk | SavedRecordChunk;

/** Keys of the parts in the `matchIndex` store. */
export const HEAD_KEY = 'head';
export const postingKey = (chunk: number): string => `postings:${chunk}`;
export const recordKey = (chunk: number): string => `records:${chunk}`;

/** The range [from, to) of term ids of a posting chunk. */
export function termRange(head: SavedHead, chunk: number): [number, number] {
  return [head.termChunks[chunk] as number, head.termChunks[chunk + 1] ?? head.termStart.length];
}

/** The posting chunk holding a term id's list. */
export function termChunk(head: SavedHead, termId: number): number {
  // The last chunk whose first term id is at most termId.
  let lo = 0;
  let hi = head.termChunks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((head.termChunks[mid] as number) <= termId) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The range [from, to) of slots of a record chunk. */
export function slotRange(head: SavedHead, chunk: number): [number, number] {
  const from = chunk * head.chunkSlots;
  return [from, Math.min(head.slots, from + head.chunkSlots)];
}

/** Number of posting chunks and of record chunks. */
export function chunkCounts(head: SavedHead): { postings: number; records: number } {
  return {
    postings: head.termChunks.length,
    records: Math.ceil(head.slots / head.chunkSlots),
  };
}

/** The saved index as a head and its chunks, each with its key. */
export function splitIndex(saved: PersistedIndex, sizes: ChunkSizes = CHUNK_SIZES): [string, SavedPart][] {
  const { ids, records, postings, ...rest } = saved;
  const firsts = [0];
  const v = saved.termStart.length;
  for (let t = 1; t < v; t++) {
    const first = firsts[firsts.length - 1] as number;
    if ((saved.postingStart[t + 1] as number) - (saved.postingStart[first] as number) > sizes.postingBytes)
      firsts.push(t);
  }
  const head: SavedHead = {
    ...rest,
    part: 'head',
    slots: ids.length,
    termChunks: Uint32Array.from(firsts),
    chunkSlots: sizes.slots,
  };
  const parts: [string, SavedPart][] = [[HEAD_KEY, head]];
  const counts = chunkCounts(head);
  for (let k = 0; k < counts.postings; k++) {
    const [from, to] = termRange(head, k);
    const bytes = postings.slice(saved.postingStart[from], saved.postingStart[to]);
    parts.push([postingKey(k), { part: 'postings', bytes }]);
  }
  for (let k = 0; k < counts.records; k++) {
    const [from, to] = slotRange(head, k);
    const bytes = records.slice(saved.recordStart[from], saved.recordStart[to]);
    parts.push([recordKey(k), { part: 'records', ids: ids.slice(from, to), bytes }]);
  }
  return parts;
}

/** Why a saved head cannot be used (its versions, columns, tables and vocabulary), or null when it can. */
export function headProblem(data: unknown): string | null {
  if (typeof data !== 'object' || data === null) return 'no saved index';
  const head = data as Partial<SavedHead>;
  if (head.part !== 'head') return 'saved index head is missing';
  const { termChunks, chunkSlots, slots, recordStart, postingStart, termStart } = head;
  if (![chunkSlots, slots].every((x) => Number.isSafeInteger(x) && (x as number) >= 0) || (chunkSlots as number) < 1)
    return 'saved index head is incomplete';
  if (!recordStart || !postingStart || !termStart || !(termChunks instanceof Uint32Array))
    return 'saved index head is incomplete';
  // Chunks start at term 0 and go up, each within the vocabulary.
  if (
    termChunks[0] !== 0 ||
    termChunks.some((t, k) => t >= Math.max(termStart.length, 1) || (k > 0 && t <= (termChunks[k - 1] as number)))
  )
    return 'saved index chunks are damaged';
  const n = slots as number;
  const problem = persistedColumnsProblem(
    head as SavedHead,
    n,
    recordStart[n] ?? -1,
    postingStart[postingStart.length - 1] ?? -1,
  );
  return problem ?? vocabularyProblem(head.termBytes as Uint8Array, head.termStart as Uint32Array);
}

/**
 * Why a posting chunk cannot be used, or null when it has the bytes the head says and (`deep`) every list in it
 * decodes within its own bytes into slots of the index, ending at its recorded last one.
 */
export function postingChunkProblem(head: SavedHead, chunk: number, data: unknown, deep = true): string | null {
  const part = data as Partial<SavedPostingChunk> | undefined;
  if (part?.part !== 'postings' || !(part.bytes instanceof Uint8Array)) return `posting chunk ${chunk} is missing`;
  const [from, to] = termRange(head, chunk);
  const base = head.postingStart[from] as number;
  if (part.bytes.length !== (head.postingStart[to] as number) - base) return `posting chunk ${chunk} is damaged`;
  if (!deep) return null;
  const start = head.postingStart.slice(from, to + 1).map((at) => at - base);
  return PostingLists.problem(part.bytes, start, head.postingLast.subarray(from, to), head.slots);
}

/**
 * Why a record chunk cannot be used, or null when it has the ids and bytes the head says and (`deep`) each record
 * reads within its own bytes, naming only known terms.
 */
export function recordChunkProblem(head: SavedHead, chunk: number, data: unknown, deep = true): string | null {
  const part = data as Partial<SavedRecordChunk> | undefined;
  if (part?.part !== 'records' || !(part.bytes instanceof Uint8Array) || !Array.isArray(part.ids))
    return `record chunk ${chunk} is missing`;
  const [from, to] = slotRange(head, chunk);
  const base = head.recordStart[from] as number;
  if (part.ids.length !== to - from || part.ids.some((id) => typeof id !== 'string'))
    return `record chunk ${chunk} is damaged`;
  if (part.bytes.length !== (head.recordStart[to] as number) - base) return `record chunk ${chunk} is damaged`;
  if (!deep) return null;
  const start = head.recordStart.slice(from, to + 1).map((at) => at - base);
  return recordsProblem(part.bytes, start, head.termStart.length);
}

/** The columns of a saved index with zero bytes for its postings and records and empty ids, to be filled in. */
export function emptyColumns(head: SavedHead): PersistedIndex {
  const { part: _part, slots, termChunks: _terms, chunkSlots: _slots, ...columns } = head;
  return {
    ...columns,
    ids: new Array<string>(slots).fill(''),
    records: new Uint8Array(head.recordStart[slots] as number),
    postings: new Uint8Array(head.postingStart[head.termStart.length] as number),
  };
}

/**
 * The whole saved index from its head and every chunk; throws when a chunk is missing or not the size the head
 * says (the bytes inside are checked by persistedIndexProblem, after the first answer).
 */
export function joinIndex(head: SavedHead, postings: unknown[], records: unknown[]): PersistedIndex {
  const whole = emptyColumns(head);
  postings.forEach((data, k) => {
    const problem = postingChunkProblem(head, k, data, false);
    if (problem !== null) throw new Error(problem);
    whole.postings.set((data as SavedPostingChunk).bytes, head.postingStart[termRange(head, k)[0]]);
  });
  records.forEach((data, k) => {
    const problem = recordChunkProblem(head, k, data, false);
    if (problem !== null) throw new Error(problem);
    const [from] = slotRange(head, k);
    whole.records.set((data as SavedRecordChunk).bytes, head.recordStart[from]);
    (data as SavedRecordChunk).ids.forEach((id, i) => (whole.ids[from + i] = id));
  });
  return whole;
}
