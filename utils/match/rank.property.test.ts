import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { StoryIndex } from './inverted-index';
import { rankStories } from './rank';

// Arbitrary text, with words of one small world mixed in so queries and stories do meet.
const WORDS = [
  'Halvern',
  'strike',
  'Caldera',
  '3,200',
  'dockers',
  'on Tuesday',
  '6.1 magnitude',
  '$1 million',
  'Zelenskyy',
  'Pyongyang’s',
  '北京',
  'Москва',
];
const text = fc
  .array(
    fc.oneof(fc.constantFrom(...WORDS), fc.string({ unit: 'grapheme', maxLength: 15 }), fc.string({ maxLength: 8 })),
    { maxLength: 30 },
  )
  .map((w) => w.join(' '));
const date = fc.oneof(
  fc.constant(null),
  fc.integer({ min: -1e13, max: 1e13 }),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY),
);

describe('rankStories on arbitrary text (property)', () => {
  it('never throws and returns well-formed, ordered, distinct matches', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ title: text, summary: text, published: date }), { maxLength: 20 }),
        fc.record({ title: text, lead: text, text, published: date }),
        (stories, query) => {
          const index = new StoryIndex();
          stories.forEach((s, i) => index.add({ id: `s${i}`, ...s }));
          const results = rankStories(index, query);
          expect(new Set(results.map((r) => r.id)).size).toBe(results.length);
          for (const r of results) {
            expect(['same', 'related']).toContain(r.verdict);
            expect(r.score).toBeGreaterThanOrEqual(0);
            expect(r.score).toBeLessThanOrEqual(1);
            expect(Array.isArray(r.why.shared)).toBe(true);
          }
          const scores = results.map((r) => r.score);
          expect(scores).toEqual([...scores].sort((a, b) => b - a));
        },
      ),
      { numRuns: 150 },
    );
  });
});
