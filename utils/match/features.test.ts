import { describe, expect, it } from 'vitest';
import { matchFeatures } from './features';
import { StoryIndex } from './inverted-index';
import { analyseQuery } from './query';

describe('matchFeatures: numbers', () => {
  const article = {
    title: 'Vigil for Tamsin Reed, 16, ends in clashes',
    lead: 'Police arrested 46 people at the vigil.',
    text: 'Police arrested 46 people at the vigil for Tamsin Reed, 16.',
    published: null,
  };

  function numbersOf(title: string, summary: string) {
    const index = new StoryIndex();
    index.add({ id: 's', title, summary, published: null });
    index.add({ id: 'other', title: 'Harbour reopens', summary: 'The ferry runs again.', published: null });
    const story = index.story(index.slot('s') as number);
    if (!story) throw new Error('story not indexed');
    return matchFeatures(index, analyseQuery(index, article), story, 1);
  }

  it('counts the same uncommon figure given with another word', () => {
    expect(numbersOf('Arrests at vigil', 'Officers detained 46 protesters.').numbersAgree).toBeGreaterThan(0);
  });

  it("does not take a date's day for a figure", () => {
    expect(numbersOf('Council meets', 'The council met on Sep 16 about the ferry.').numbersAgree).toBe(0);
  });
});

describe('matchFeatures: shared words', () => {
  it('lists words, not bare figures, and quotes them as the prose writes them', () => {
    const index = new StoryIndex();
    index.add({
      id: 's',
      title: 'Vigil held in Halden',
      summary: 'Residents published 16 letters and 2 appeals.',
      published: null,
    });
    index.add({ id: 'other', title: 'Harbour reopens', summary: 'The ferry runs again.', published: null });
    const article = {
      title: 'Halden vigil',
      lead: 'PUBLISHED: 16 MAY',
      text: 'PUBLISHED: 16 MAY\nResidents of Halden held a vigil; the council published 2 statements.',
      published: null,
    };
    const query = analyseQuery(index, article);
    const story = index.story(index.slot('s') as number);
    if (!story) throw new Error('story not indexed');
    const shared = matchFeatures(index, query, story, 1).sharedTermIds.map((id) => query.surface.get(id));
    expect(shared).toContain('published');
    expect(shared).not.toContain('16');
    expect(shared).not.toContain('2');
  });
});
