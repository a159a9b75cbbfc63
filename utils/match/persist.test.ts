import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { StoryIndex, type IndexableStory } from './inverted-index';
import { ANALYSER_VERSION, INDEX_SCHEMA_VERSION, loadIndex, persistedIndexProblem, serialiseIndex } from './persist';
import { rankStories, type MatchQuery } from './rank';
import { kindOfNumber, storyKind } from './story-kind';

// Words of a small invented world, so arbitrary stories still share terms, names and figures.
const WORDS = [
  'Halvern',
  'dockers',
  'strike',
  'Caldera',
  'Terminals',
  '3,200',
  'ships',
  'Okonjo',
  'port',
  'pay',
  '9 percent',
  'on Tuesday',
  'Velmora',
  'harvest',
  'in 2024',
  'How to',
  'looking back at',
];
const sentence = fc
  .array(
    fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 6 })),
    { maxLength: 14 },
  )
  .map((w) => w.join(' '));
// Links as the store has them: none, the id itself, or a variant of it (http, a slash, tracking), or another.
const LINKS = [null, '', 'http', '/', '?utm_source=rss', 'other'] as const;
const storyArb = fc.record({
  title: sentence,
  summary: sentence,
  // Whole seconds (as feeds give), any ms, fractions, dates before 2020.
  published: fc.option(
    fc.oneof(
      fc.integer({ min: 0, max: 2_000_000_000 }).map((s) => s * 1000),
      fc.integer({ min: -2e12, max: 2e12 }),
      fc.double({ min: -1e13, max: 1e13, noNaN: true }),
    ),
    { nil: null },
  ),
  link: fc.constantFrom(...LINKS),
});

const idOf = (i: number): string => `https://news.example/story/${i}`;
function linkOf(i: number, link: (typeof LINKS)[number]): string | null {
  if (link === null) return null;
  if (link === 'http') return idOf(i).replace('https:', 'http:');
  return link === 'other' ? `https://elsewhere.example/${i}` : idOf(i) + link;
}

function build(
  stories: { title: string; summary: string; published: number | null; link: (typeof LINKS)[number] }[],
  removeEvery: number,
): StoryIndex {
  const index = new StoryIndex();
  stories.forEach(({ link, ...s }, i) =>
    index.add({ id: idOf(i), ...s, url: linkOf(i, link) } satisfies IndexableStory),
  );
  stories.forEach((_, i) => {
    if (removeEvery > 0 && i % removeEvery === 0) index.remove(idOf(i));
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
        // Each story's link, date and kind come back as they went in.
        stories.forEach((s, i) => {
          const story = loaded.story(loaded.slot(idOf(i)) ?? -1);
          if (!story) return;
          expect(story.url).toBe(linkOf(i, s.link));
          expect(story.published).toBe(s.published === null ? null : s.published + 0); // (−0 comes back as 0)
          // The kind as indexed, with its flags (a headline naming a big city, "Nan" in "NAn", sets one).
          expect(story.kind).toBe(index.story(index.slot(idOf(i)) ?? -1)?.kind);
          expect(kindOfNumber(story.kind)).toBe(storyKind(s.title));
        });
      }),
      { numRuns: 60 },
    );
  });

  it('keeps working after load: stories can be added and removed', () => {
    const index = build(
      [
        {
          title: 'Halvern dockers strike',
          summary: 'Caldera Terminals offered 5 percent.',
          published: null,
          link: null,
        },
        { title: 'Harvest festival opens', summary: 'Apples everywhere.', published: null, link: 'other' },
      ],
      0,
    );
    const loaded = loadIndex(serialiseIndex(index));
    loaded.remove(idOf(0));
    loaded.add({
      id: 'new',
      title: 'Ships queue off Halvern as dockers strike',
      summary: 'Okonjo said the strike goes on.',
      published: null,
    });
    expect(loaded.size).toBe(2);
    expect(rankStories(loaded, query).map((r) => r.id)).toContain('new');
    expect(rankStories(loaded, query).map((r) => r.id)).not.toContain(idOf(0));
  });

  it('refuses an index saved by another layout or analyser, and says why', () => {
    const saved = serialiseIndex(build([{ title: 'Halvern', summary: '', published: null, link: null }], 0));
    expect(persistedIndexProblem(saved)).toBeNull();
    expect(persistedIndexProblem({ ...saved, schemaVersion: INDEX_SCHEMA_VERSION + 1 })).toMatch(/layout/);
    expect(persistedIndexProblem({ ...saved, analyserVersion: ANALYSER_VERSION - 1 })).toMatch(/analyser/);
    expect(persistedIndexProblem({ ...saved, ids: [] })).toMatch(/incomplete/);
    expect(persistedIndexProblem({ ...saved, termBytes: new Uint8Array([7]) })).toMatch(/vocabulary is damaged/);
    expect(persistedIndexProblem({ ...saved, idTable: new Int32Array(16).fill(-1) })).toMatch(/tables are damaged/);
    expect(persistedIndexProblem({ ...saved, termTable: new Int32Array(12) })).toMatch(/tables are damaged/);
    expect(persistedIndexProblem(undefined)).toMatch(/no saved index/);
    expect(() => loadIndex({ ...saved, schemaVersion: 0 })).toThrow(/layout/);
  });
});
