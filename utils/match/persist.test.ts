import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { StoryIndex, type IndexableStory } from './inverted-index';
import { ANALYSER_VERSION, INDEX_SCHEMA_VERSION, loadIndex, persistedIndexProblem, serialiseIndex } from './persist';
import { rankStories, type MatchQuery } from './rank';

// Words of a small invented world, so arbitrary stories still share terms, names and figures.
const WORDS = ['Halvern', 'dockers', 'strike', 'Caldera', 'Terminals', '3,200', 'ships', 'Okonjo', 'port', 'pay', '9 percent', 'on Tuesday', 'Velmora', 'harvest', 'in 2024'];
const sentence = fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 6 })), { maxLength: 14 }).map((w) => w.join(' '));
const storyArb = fc.record({
  title: sentence,
  summary: sentence,
  published: fc.option(fc.integer({ min: 0, max: 2_000_000_000_000 }), { nil: null }),
  url: fc.option(fc.webUrl(), { nil: null }),
});

function build(stories: { title: string; summary: string; published: number | null; url: string | null }[], removeEvery: number): StoryIndex {
  const index = new StoryIndex();
  stories.forEach((s, i) => index.add({ id: `s${i}`, ...s } satisfies IndexableStory));
  stories.forEach((_, i) => {
    if (removeEvery > 0 && i % removeEvery === 0) index.remove(`s${i}`);
  });
  return index;
}

const query: MatchQuery = {
  title: 'Halvern dockers strike as Caldera Terminals talks fail',
  lead: 'About 3,200 dockers at the port of Halvern walked out on Tuesday over a 9 percent pay claim.',
  text: 'Union leader Okonjo said ships were waiting. Caldera Terminals offered less.',
  published: 1_700_000_000_000,
};

describe('persisted index', () => {
  it('round-trips exactly: the loaded index saves the same and ranks the same (property)', () => {
    fc.assert(
      fc.property(fc.array(storyArb, { maxLength: 25 }), fc.integer({ min: 0, max: 4 }), (stories, removeEvery) => {
        const index = build(stories, removeEvery);
        const saved = serialiseIndex(index, 7);
        // IndexedDB stores a structured clone: the same algorithm as structuredClone.
        const loaded = loadIndex(structuredClone(saved));
        expect(serialiseIndex(loaded, 7)).toEqual(saved);
        expect(loaded.size).toBe(index.size);
        expect(rankStories(loaded, query)).toEqual(rankStories(index, query));
      }),
      { numRuns: 60 },
    );
  });

  it('keeps working after load: stories can be added and removed', () => {
    const index = build(
      [
        { title: 'Halvern dockers strike', summary: 'Caldera Terminals offered 5 percent.', published: null, url: null },
        { title: 'Harvest festival opens', summary: 'Apples everywhere.', published: null, url: 'https://x.example/h' },
      ],
      0,
    );
    const loaded = loadIndex(serialiseIndex(index));
    loaded.remove('s0');
    loaded.add({ id: 'new', title: 'Ships queue off Halvern as dockers strike', summary: 'Okonjo said the strike goes on.', published: null });
    expect(loaded.size).toBe(2);
    expect(rankStories(loaded, query).map((r) => r.id)).toContain('new');
    expect(rankStories(loaded, query).map((r) => r.id)).not.toContain('s0');
  });

  it('refuses an index saved by another layout or analyser, and says why', () => {
    const saved = serialiseIndex(build([{ title: 'Halvern', summary: '', published: null, url: null }], 0));
    expect(persistedIndexProblem(saved)).toBeNull();
    expect(persistedIndexProblem({ ...saved, schemaVersion: INDEX_SCHEMA_VERSION + 1 })).toMatch(/layout/);
    expect(persistedIndexProblem({ ...saved, analyserVersion: ANALYSER_VERSION - 1 })).toMatch(/analyser/);
    expect(persistedIndexProblem({ ...saved, ids: [] })).toMatch(/incomplete/);
    expect(persistedIndexProblem(undefined)).toMatch(/no saved index/);
    expect(() => loadIndex({ ...saved, schemaVersion: 0 })).toThrow(/layout/);
  });
});
