import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PostingLists } from './postings';

/** One posting as a plain Map of arrays holds it. */
interface Posting {
  slot: number;
  titleTf: number;
  summaryTf: number;
}

type Op =
  | { kind: 'push'; term: number; gap: number; titleTf: number; summaryTf: number }
  | { kind: 'clear'; term: number }
  | { kind: 'repack' }
  | { kind: 'reload' };

// Few terms so lists grow long enough to chain every slice size; a few far ids so the columns grow.
const TERMS = [0, 1, 2, 3, 255, 256, 1000];
const term = fc.constantFrom(...TERMS);
// Gaps and frequencies across the encoding's cases: one-byte and multi-byte varints, the three common codes,
// title counts below, at and above 7.
const gap = fc.oneof(
  fc.integer({ min: 0, max: 3 }),
  fc.integer({ min: 0, max: 200 }),
  fc.integer({ min: 0, max: 300_000 }),
);
const tf = (max: number) => fc.oneof(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: max }));
const op: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 40,
    arbitrary: fc.record({ kind: fc.constant('push' as const), term, gap, titleTf: tf(300), summaryTf: tf(3000) }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('clear' as const), term }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'repack' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'reload' as const }) },
);

/** The lists as the index saves them and a fresh worker restores them. */
function reload(lists: PostingLists): PostingLists {
  const terms = Math.max(...TERMS) + 1;
  const bytes = Array.from({ length: terms }, (_, t) => lists.bytesOf(t));
  const start = new Uint32Array(terms + 1);
  bytes.forEach((b, t) => (start[t + 1] = (start[t] as number) + b.length));
  const data = new Uint8Array(start[terms] as number);
  bytes.forEach((b, t) => data.set(b, start[t]));
  return PostingLists.restore(
    data,
    start,
    Int32Array.from({ length: terms }, (_, t) => lists.lastSlot(t)),
  );
}

function read(lists: PostingLists, t: number): Posting[] {
  const out: Posting[] = [];
  lists.forEach(t, (slot, titleTf, summaryTf) => out.push({ slot, titleTf, summaryTf }));
  return out;
}

describe('PostingLists against a plain Map (model)', () => {
  it('reads back every list as pushed, through clears, repacks and save/restore', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 600 }), (ops) => {
        let lists = new PostingLists();
        const model = new Map<number, Posting[]>();
        for (const o of ops) {
          if (o.kind === 'push') {
            const list = model.get(o.term) ?? [];
            const slot = (list.at(-1)?.slot ?? -1) + 1 + o.gap;
            lists.push(o.term, slot, o.titleTf, o.summaryTf);
            list.push({ slot, titleTf: o.titleTf, summaryTf: o.summaryTf });
            model.set(o.term, list);
          } else if (o.kind === 'clear') {
            lists.clear(o.term);
            model.delete(o.term);
          } else if (o.kind === 'repack') lists.repackIfSlack();
          else lists = reload(lists);
        }
        for (const t of TERMS) {
          const expected = model.get(t) ?? [];
          expect(read(lists, t)).toEqual(expected);
          expect(lists.lastSlot(t)).toBe(expected.at(-1)?.slot ?? -1);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('answers an empty list for a term never seen, however large its id', () => {
    const lists = new PostingLists();
    expect(read(lists, 5000)).toEqual([]);
    expect(lists.lastSlot(5000)).toBe(-1);
    expect(lists.bytesOf(5000)).toEqual(new Uint8Array(0));
  });
});
