/**
 * A story's analysed form as bytes in the index's record pool: what ranking reads of a candidate (terms with
 * their frequencies and whether the story writes them as a name or with a capital, publication time,
 * numbers). One record per story, decoded only for the few dozen candidates of a query.
 *
 * Layout: varint(term count · 4 + date kind), the date (kind 0: none; 1: whole seconds since 2020, as feeds
 * give them; 2: whole ms since 2020; 3: any other number, as it is), varint(the kind of piece, story-kind.ts),
 * the terms in ascending id order as varint(gap · 8 + code) (code 0–6: the common frequency/flag combinations,
 * 7: varints title tf · 16 + flags and summary tf follow; the words of a result's sides, result-sides.ts, always
 * take 7), varint number count, per number varint unit id and the value, then the link (link.ts).
 */
import type { IndexedStory } from './indexed-story';
import { readLink, skipLink, writeLink } from './link';
import { ByteBuilder, ByteReader } from './varint';

const NAME = 1;
const CAPITAL = 2;
/** A word of the side a result headline says won, or of the side it beat (result-sides.ts). */
const WINNER = 4;
const LOSER = 8;
const FLAG_BITS = 16;
const NO_IDS = new Int32Array(0);
/** [title tf, summary tf, flags] of codes 0–6. */
const CODES: readonly (readonly [number, number, number])[] = [
  [0, 1, 0],
  [1, 0, 0],
  [0, 1, CAPITAL],
  [1, 0, CAPITAL],
  [1, 0, CAPITAL | NAME],
  [0, 1, CAPITAL | NAME],
  // A word twice in the summary is commoner in feeds than once in both fields (then an escape, 2 bytes more).
  [0, 2, 0],
];
const ESCAPE = 7;
const EPOCH = Date.UTC(2020, 0, 1);

/** One analysed term of a story. */
export interface RecordTerm {
  id: number;
  titleTf: number;
  summaryTf: number;
  name: boolean;
  capital: boolean;
  /** The side of a result it is a word of: 1 the winner, 2 the side beaten, 0 neither. */
  side: 0 | 1 | 2;
}

/**
 * Appends a story's record; `terms` ascending by id; units are ids in the index's unit table; `kind` the number
 * of the kind of piece its headline announces (story-kind.ts `kindNumber`).
 */
export function writeRecord(
  out: ByteBuilder,
  terms: readonly RecordTerm[],
  published: number | null,
  kind: number,
  numbers: readonly { value: number; unitId: number }[],
  link: { id: string; url: string | null },
): void {
  // Whole ms (what Date.parse gives) come and go through EPOCH exactly; any other number is kept as it is.
  const whole = published !== null && Number.isInteger(published) && Math.abs(published) <= 2 ** 52;
  const since = whole ? published - EPOCH : 0;
  const dateKind = published === null ? 0 : !whole ? 3 : since % 1000 === 0 ? 1 : 2;
  out.varint(terms.length * 4 + dateKind);
  if (published !== null) out.number(dateKind === 1 ? since / 1000 : dateKind === 2 ? since : published);
  out.varint(kind);
  let previous = -1;
  for (const t of terms) {
    const flags = (t.name ? NAME : 0) | (t.capital ? CAPITAL : 0) | (t.side === 1 ? WINNER : t.side === 2 ? LOSER : 0);
    const code = CODES.findIndex(([a, b, f]) => a === t.titleTf && b === t.summaryTf && f === flags);
    const gap = t.id - previous;
    previous = t.id;
    out.varint(gap * 8 + (code < 0 ? ESCAPE : code));
    if (code < 0) {
      out.varint(t.titleTf * FLAG_BITS + flags);
      out.varint(t.summaryTf);
    }
  }
  out.varint(numbers.length);
  for (const n of numbers) {
    out.varint(n.unitId);
    out.number(n.value);
  }
  writeLink(out, link.id, link.url);
}

/** Where a record ends (for copying records verbatim). */
export function recordEnd(bytes: Uint8Array, at: number): number {
  const r = new ByteReader(bytes, at);
  readBody(r, () => undefined);
  skipLink(r);
  return r.at;
}

/** Decodes a record into the analysed story ranking reads. */
export function readRecord(
  bytes: Uint8Array,
  at: number,
  base: { id: string; titleLength: number; summaryLength: number },
  unit: (id: number) => string,
): IndexedStory {
  const r = new ByteReader(bytes, at);
  const n = Math.floor(new ByteReader(bytes, at).varint() / 4);
  // One buffer for the five arrays (names and capitals are at most n each): allocating a typed array's own
  // buffer costs more than decoding it, and a query decodes some sixty records.
  const all = new Int32Array(5 * n);
  let i = 0;
  let names = 3 * n;
  let capitals = 4 * n;
  let winner: number[] | null = null;
  let loser: number[] | null = null;
  const { published, kind, numbers } = readBody(r, (id, a, b, flags) => {
    all[i] = id;
    all[n + i] = a;
    all[2 * n + i] = b;
    i++;
    if (flags & NAME) all[names++] = id;
    if (flags & CAPITAL) all[capitals++] = id;
    if (flags & WINNER) (winner ??= []).push(id);
    if (flags & LOSER) (loser ??= []).push(id);
  });
  // Each field written out: spreading `base` into a literal with more fields takes V8's slow path, some 10 µs a
  // record, which was a quarter of a query's time at 10,000 stories.
  return {
    id: base.id,
    titleLength: base.titleLength,
    summaryLength: base.summaryLength,
    url: readLink(r, base.id),
    published,
    kind,
    termIds: all.subarray(0, n),
    titleTf: all.subarray(n, 2 * n),
    summaryTf: all.subarray(2 * n, 3 * n),
    nameTermIds: all.subarray(3 * n, names),
    capitalTermIds: all.subarray(4 * n, capitals),
    numbers: numbers.map((x) => ({ value: x.value, unit: unit(x.unitId) })),
    winnerTermIds: winner === null ? NO_IDS : Int32Array.from(winner),
    loserTermIds: loser === null ? NO_IDS : Int32Array.from(loser),
  };
}

/** Walks a record up to its link: each term to `visit`, then the publication time, kind and numbers. */
export function readBody(
  r: ByteReader,
  visit: (id: number, titleTf: number, summaryTf: number, flags: number) => void,
): { published: number | null; kind: number; numbers: { value: number; unitId: number }[] } {
  const head = r.varint();
  const n = Math.floor(head / 4);
  const dateKind = head % 4;
  const published =
    dateKind === 0 ? null : dateKind === 3 ? r.number() : r.number() * (dateKind === 1 ? 1000 : 1) + EPOCH;
  const kind = r.varint();
  let id = -1;
  for (let i = 0; i < n; i++) {
    const v = r.varint();
    id += Math.floor(v / 8);
    const code = v % 8;
    const known = CODES[code];
    if (known) visit(id, known[0], known[1], known[2]);
    else {
      const a = r.varint();
      visit(id, Math.floor(a / FLAG_BITS), r.varint(), a % FLAG_BITS);
    }
  }
  const count = r.varint();
  const numbers: { value: number; unitId: number }[] = [];
  for (let i = 0; i < count; i++) {
    const unitId = r.varint();
    numbers.push({ unitId, value: r.number() });
  }
  return { published, kind, numbers };
}

export { ByteBuilder };
