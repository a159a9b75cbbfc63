import { describe, expect, it } from 'vitest';
import { StoryIndex, type IndexedStory } from './inverted-index';
import {
  articleCosine,
  articleVector,
  propagate,
  similarities,
  sparseCosine,
  storyVector,
  type SparseVector,
} from './neighbours';
import { analyseQuery } from './query';

/** A unit vector over the given term ids and raw weights. */
function vector(entries: [number, number][]): SparseVector {
  const norm = Math.hypot(...entries.map(([, w]) => w));
  return {
    ids: Int32Array.from(entries.map(([id]) => id)),
    weights: Float64Array.from(entries.map(([, w]) => w / norm)),
  };
}

describe('similarities', () => {
  it('gives the cosine of every pair, symmetric, with 0 on the diagonal', () => {
    const a = vector([
      [1, 1],
      [4, 1],
    ]);
    const b = vector([
      [1, 1],
      [7, 1],
    ]);
    const c = vector([[9, 2]]);
    const sims = similarities([a, b, c]);
    expect(sims[0 * 3 + 1]).toBeCloseTo(0.5, 12);
    expect(sims[1 * 3 + 0]).toBe(sims[0 * 3 + 1]);
    expect(sims[0 * 3 + 2]).toBe(0);
    expect(sims[1 * 3 + 2]).toBe(0);
    expect([sims[0], sims[4], sims[8]]).toEqual([0, 0, 0]);
    // One pair's cosine on its own, as the article's headline and lead are compared with the stories.
    expect(sparseCosine(a, b)).toBeCloseTo(sims[0 * 3 + 1] as number, 12);
    expect(sparseCosine(a, c)).toBe(0);
    expect(sparseCosine(a, a)).toBeCloseTo(1, 12);
  });

  it('handles no vectors and empty vectors', () => {
    expect(similarities([])).toHaveLength(0);
    expect([...similarities([vector([]), vector([[3, 1]])])]).toEqual([0, 0, 0, 0]);
  });
});

describe('propagate', () => {
  it('lifts a weak report towards the close reports it resembles, and leaves a stranger alone', () => {
    const report = vector([
      [1, 1],
      [2, 1],
      [3, 1],
    ]);
    const weakReport = vector([
      [1, 1],
      [2, 1],
      [5, 1],
    ]);
    const stranger = vector([
      [8, 1],
      [9, 1],
    ]);
    const scores = propagate(similarities([report, weakReport, stranger]), [0.6, 0.2, 0.2]);
    expect(scores[1]).toBeGreaterThan(0.2);
    expect(scores[1]).toBeLessThan(0.6);
    expect(scores[2]).toBe(0.2);
  });
});

describe('articleVector and articleCosine', () => {
  it("compare the article's weighted terms with a story's vector as a cosine", () => {
    const article = articleVector(
      new Map([
        [1, 3],
        [2, 4],
      ]),
    );
    expect(Math.hypot(...article.values())).toBeCloseTo(1, 12);
    expect(
      articleCosine(
        vector([
          [1, 3],
          [2, 4],
        ]),
        article,
      ),
    ).toBeCloseTo(1, 12);
    expect(
      articleCosine(
        vector([
          [1, 1],
          [5, 1],
        ]),
        article,
      ),
    ).toBeCloseTo(0.6 / Math.SQRT2, 12);
    expect(articleCosine(vector([[9, 1]]), article)).toBe(0);
    expect(articleCosine(vector([[1, 1]]), articleVector(new Map()))).toBe(0);
  });
});

describe('the headline and lead as a story (query.ts headlineLead)', () => {
  const headline = 'Ferry service to Kessa island resumes after storm';
  const lead = 'The Kessa ferry sailed again on Monday, three days after gales closed the harbour at Port Anwen.';
  const index = new StoryIndex();
  index.add({ id: 'ferry', title: headline, summary: lead, published: null });
  index.add({
    id: 'other',
    title: 'Library opens late on Thursdays',
    summary: 'Readers asked for evening hours.',
    published: null,
  });
  const ferry = storyVector(index, index.story(index.slot('ferry') as number) as IndexedStory);
  const asStory = (title: string) => analyseQuery(index, { title, lead, text: `${title}\n${lead}`, published: null });

  it('is the vector the same headline and lead get as a story of the cache', () => {
    const v = asStory(headline).headlineLead;
    expect(sparseCosine(v, ferry)).toBeCloseTo(1, 9);
    expect(sparseCosine(v, v)).toBeCloseTo(1, 9);
  });

  it("counts words no story has in its length, as a story's own rare words count in its", () => {
    const v = asStory(`${headline} as Zorvath gusts ease`).headlineLead;
    expect(sparseCosine(v, v)).toBeLessThan(1);
    expect(sparseCosine(v, ferry)).toBeLessThan(0.95);
    expect(sparseCosine(v, ferry)).toBeGreaterThan(0.5);
  });
});
