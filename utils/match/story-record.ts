/**
 * A story's analysed form as bytes in the index's record pool: what ranking reads of a candidate (terms with
 * their frequencies and whether the story writes them as a name or with a capital, publication time,
 * numbers). One record per story, decoded only for the few dozen candidates of a query.
 *
 * Layout: varint term count, published (0, or 1 then the ms since 2020 as a number), the terms in ascending
 * id order as varint(gap · 8 + code) (code 0–6: the common frequency/flag combinations, 7: varints title tf,
 * summary tf and flags follow), varint number count, then per number varint unit id and the value.
 */
import type { IndexedStory } from './indexed-story';
import { ByteBuilder, ByteReader } from './varint';

const NAME = 1;
const CAPITAL = 2;
/** [title tf, summary tf, flags] of codes 0–6. */
const CODES: readonly (readonly [number, number, number])[] = [
  [0, 1, 0],
  [1, 0, 0],
  [0, 1, CAPITAL],
  [1, 0, CAPITAL],
  [1, 0, CAPITAL | NAME],
  [0, 1, CAPITAL | NAME],
  [1, 1, 0],
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
}

/** Appends a story's record; `terms` ascending by id; units are ids in the index's unit table. */
export function writeRecord(out: ByteBuilder, terms: readonly RecordTerm[], published: number | null, numbers: readonly { value: number; unitId: number }[]): void {
  out.varint(terms.length);
  if (published === null) out.varint(0);
  else {
    out.varint(1);
    out.number(published - EPOCH);
  }
  let previous = -1;
  for (const t of terms) {
    const flags = (t.name ? NAME : 0) | (t.capital ? CAPITAL : 0);
    const code = CODES.findIndex(([a, b, f]) => a === t.titleTf && b === t.summaryTf && f === flags);
    const gap = t.id - previous;
    previous = t.id;
    out.varint(gap * 8 + (code < 0 ? ESCAPE : code));
    if (code < 0) {
      out.varint(t.titleTf);
      out.varint(t.summaryTf);
      out.varint(flags);
    }
  }
  out.varint(numbers.length);
  for (const n of numbers) {
    out.varint(n.unitId);
    out.number(n.value);
  }
}

/** Where a record ends (for copying records verbatim). */
export function recordEnd(bytes: Uint8Array, at: number): number {
  const r = new ByteReader(bytes, at);
  readBody(r, () => undefined);
  return r.at;
}

/** Decodes a record into the analysed story ranking reads. */
export function readRecord(
  bytes: Uint8Array,
  at: number,
  base: { id: string; url: string | null; titleLength: number; summaryLength: number },
  unit: (id: number) => string,
): IndexedStory {
  const r = new ByteReader(bytes, at);
  const n = new ByteReader(bytes, at).varint();
  const termIds = new Int32Array(n);
  const titleTf = new Int32Array(n);
  const summaryTf = new Int32Array(n);
  const names: number[] = [];
  const capitals: number[] = [];
  let i = 0;
  const { published, numbers } = readBody(r, (id, a, b, flags) => {
    termIds[i] = id;
    titleTf[i] = a;
    summaryTf[i] = b;
    i++;
    if (flags & NAME) names.push(id);
    if (flags & CAPITAL) capitals.push(id);
  });
  return {
    ...base,
    published,
    termIds,
    titleTf,
    summaryTf,
    nameTermIds: Int32Array.from(names),
    capitalTermIds: Int32Array.from(capitals),
    numbers: numbers.map((x) => ({ value: x.value, unit: unit(x.unitId) })),
  };
}

/** Walks a record: each term to `visit`, then the publication time and numbers. */
export function readBody(
  r: ByteReader,
  visit: (id: number, titleTf: number, summaryTf: number, flags: number) => void,
): { published: number | null; numbers: { value: number; unitId: number }[] } {
  const n = r.varint();
  const published = r.varint() === 0 ? null : r.number() + EPOCH;
  let id = -1;
  for (let i = 0; i < n; i++) {
    const v = r.varint();
    id += Math.floor(v / 8);
    const code = v % 8;
    const known = CODES[code];
    if (known) visit(id, known[0], known[1], known[2]);
    else {
      const a = r.varint();
      const b = r.varint();
      visit(id, a, b, r.varint());
    }
  }
  const count = r.varint();
  const numbers: { value: number; unitId: number }[] = [];
  for (let i = 0; i < count; i++) {
    const unitId = r.varint();
    numbers.push({ unitId, value: r.number() });
  }
  return { published, numbers };
}

export { ByteBuilder };
