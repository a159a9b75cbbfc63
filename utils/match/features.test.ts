import { describe, expect, it } from 'vitest';
import { matchFeatures, type MatchFeatures } from './features';
import { StoryIndex } from './inverted-index';
import { analyseQuery } from './query';

type Article = Parameters<typeof analyseQuery>[1];

/** The features of one story (`title`, `summary`) for `article`, beside one other story in the cache (`beside`). */
function storyFeatures(
  article: Article,
  title: string,
  summary: string,
  beside = { title: 'Harbour reopens', summary: 'The ferry runs again.' },
) {
  const index = new StoryIndex();
  index.add({ id: 's', title, summary, published: null });
  index.add({ id: 'other', ...beside, published: null });
  const story = index.story(index.slot('s') as number);
  if (!story) throw new Error('story not indexed');
  return matchFeatures(index, analyseQuery(index, article), story, 1);
}

describe('matchFeatures: numbers', () => {
  const article = {
    title: 'Vigil for Tamsin Reed, 16, ends in clashes',
    lead: 'Police arrested 46 people at the vigil.',
    text: 'Police arrested 46 people at the vigil for Tamsin Reed, 16.',
    published: null,
  };

  const numbersOf = (title: string, summary: string) => storyFeatures(article, title, summary);

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

describe('matchFeatures: evidence a lone report carries', () => {
  const article = {
    title: 'Firebombing at Halden bank kills three',
    lead: 'Three clerks died on Wednesday when protesters threw petrol bombs into a Halden bank.',
    text: 'Three clerks died on Wednesday when protesters threw petrol bombs into a Halden bank. Police arrested two men.',
    published: null,
  };

  function featuresOf(stories: { id: string; title: string; summary: string }[], id: string) {
    const index = new StoryIndex();
    for (const s of stories) index.add({ ...s, published: null });
    const story = index.story(index.slot(id) as number);
    if (!story) throw new Error('story not indexed');
    return matchFeatures(index, analyseQuery(index, article), story, 1);
  }

  const filler = [
    { id: 'f1', title: 'Harbour reopens', summary: 'The ferry runs again.' },
    { id: 'f2', title: 'Bank rates hold', summary: 'The bank kept rates on Monday.' },
    { id: 'f3', title: 'Bank merger talks', summary: 'Two banks talk of a merger.' },
  ];

  it("counts a rare word of the headline both share, but not a name or the topic's common word", () => {
    const lone = featuresOf(
      [...filler, { id: 's', title: 'Firebombing of bank in Halden', summary: 'Clerks died in the fire.' }],
      's',
    );
    expect(lone.rareShared).toBeGreaterThan(0);
    const nameOnly = featuresOf(
      [...filler, { id: 's', title: 'Halden bank opens branch', summary: 'A new branch.' }],
      's',
    );
    expect(nameOnly.rareShared).toBe(0);
  });

  it('says how much of the headline the story has', () => {
    const full = featuresOf(
      [...filler, { id: 's', title: 'Firebombing kills three at Halden bank', summary: '' }],
      's',
    );
    const part = featuresOf([...filler, { id: 's', title: 'Halden council meets', summary: '' }], 's');
    expect(full.headlineCoverage).toBeGreaterThan(part.headlineCoverage);
  });

  it('compares weekday words when dates are unknown', () => {
    const sameDay = featuresOf(
      [...filler, { id: 's', title: 'Halden bank attack', summary: 'It happened on Wednesday.' }],
      's',
    );
    const otherDay = featuresOf(
      [...filler, { id: 's', title: 'Halden bank attack', summary: 'It happened on Friday.' }],
      's',
    );
    expect(sameDay.weekdays).toBe(1);
    expect(otherDay.weekdays).toBe(-1);
  });
});

describe('matchFeatures: another country', () => {
  const article = {
    title: 'Peru agrees terms with creditors to restructure its bonds',
    lead: 'Peru said on Monday its lenders had accepted a cut.',
    text: 'Peru said on Monday its lenders had accepted a cut in the value of its bonds, ending a long default.',
    published: null,
  };

  const otherCountryOf = (title: string, summary: string) => storyFeatures(article, title, summary).otherCountry;

  it('reads a country the article never mentions in a story that proves no name', () => {
    expect(otherCountryOf('Malawi agrees restructuring terms with lenders', 'The deal covers bank loans.')).toBe(true);
  });

  it('does not for a word capitalised by its place, nor for a country the article names by any of its names', () => {
    expect(otherCountryOf('Lenders agree restructuring terms', 'The deal covers bank loans.')).toBe(false);
    expect(otherCountryOf('Peruvian lenders agree terms', 'The deal covers bank loans.')).toBe(false);
  });
});

describe("matchFeatures: someone else's story", () => {
  const article = {
    title: 'Tarnvik regulator fines Kelso Foods over fake discounts',
    lead: 'The Tarnvik Trade Authority fined the grocer Kelso Foods for raising prices before a sale.',
    text: 'The Tarnvik Trade Authority fined the grocer Kelso Foods for raising prices before a sale.\nKelso Foods said it would pay the fine.\nConsumer minister Ada Brenn of Lyle said shoppers had been misled for months.',
    published: null,
  };
  const elsewhere = 'The Ostmark Competition Office said the chain raised prices first.';

  /** The story's features in a cache that also knows the article's names (an earlier story on its subject). */
  const featuresOf = (title: string, summary: string, read = article): MatchFeatures =>
    storyFeatures(read, title, summary, { title: 'Kelso Foods opens a store in Tarnvik', summary: 'It hires 40.' });
  const otherSubjectOf = (title: string, summary: string, read = article): boolean =>
    featuresOf(title, summary, read).otherSubject;

  it("reads a story naming none of the article's focal names and someone it never mentions in its headline", () => {
    expect(otherSubjectOf('Ostmark watchdog fines grocer over fake discounts', elsewhere)).toBe(true);
  });

  it('does not for a story carrying a focal name, nor for one whose headline names nobody', () => {
    expect(otherSubjectOf('Ostmark watchdog fines Kelso Foods too', elsewhere)).toBe(false);
    expect(otherSubjectOf('Grocer fined over fake discounts', 'The chain raised prices before a sale.')).toBe(false);
  });

  it("does not when most of the story's names are the article's", () => {
    const summary = 'Consumer minister Ada Brenn of Lyle said the Ostmark fine showed shoppers had been misled.';
    expect(otherSubjectOf('Ostmark watchdog fines grocer over fake discounts', summary)).toBe(false);
  });

  it("does not when the article's headline names nobody: its focal name is only the text's main name", () => {
    const unnamed = { ...article, title: 'Grocer fined over fake discounts' };
    expect(otherSubjectOf('Ostmark watchdog fines grocer over fake discounts', elsewhere, unnamed)).toBe(false);
  });

  it("reads a story without the focal names the article's headline names, not one without the text's main name", () => {
    // Not the article's subject by any name: the resemblance floor of verdict.ts is the higher one.
    expect(featuresOf('Grocer fined over fake discounts', 'The chain raised prices before a sale.').focalless).toBe(
      true,
    );
    expect(featuresOf('Watchdog fines Kelso Foods', 'The chain raised prices before a sale.').focalless).toBe(false);
    const unnamed = { ...article, title: 'Grocer fined over fake discounts' };
    expect(featuresOf('Grocer fined over fake discounts', 'Prices rose.', unnamed).focalless).toBe(false);
  });
});

describe('matchFeatures: the subject in the headline', () => {
  const article = {
    title: 'Varnholt solicitor jailed for stealing £2.4m from house buyers',
    lead: 'A Varnholt solicitor who took house deposits from 38 families was jailed for seven years.',
    text: 'A Varnholt solicitor who took house deposits from 38 families was jailed for seven years.\nVarnholt Crown Court heard the money paid for a yacht.',
    published: null,
  };

  it("tells a headline naming the article's subject from a summary naming it in passing", () => {
    const reaction = storyFeatures(
      article,
      'Law society calls for checks after £2.4m Varnholt fraud',
      'The society said the families who lost deposits showed that client money needs closer checks.',
    );
    expect(reaction.focalCarried).toBeGreaterThan(0.5);
    expect(reaction.focalInHeadline).toBe(true);
    expect(reaction.subjectInHeadline).toBe(true);
    const sameCourt = storyFeatures(
      article,
      'Builder sent to prison over unbuilt bungalows',
      'A builder who took deposits from 20 families was jailed for five years at Varnholt Crown Court.',
    );
    expect(sameCourt.focalCarried).toBeGreaterThan(0.5);
    expect(sameCourt.focalInHeadline).toBe(false);
    expect(sameCourt.subjectInHeadline).toBe(false);
  });

  it('finds a country in the headline by another of its names', () => {
    const korea = {
      title: 'North Korea sends troops to Russia',
      lead: 'North Korea has sent troops to Russia, officials said.',
      text: 'North Korea has sent troops to Russia, officials said.',
      published: null,
    };
    const story = storyFeatures(
      korea,
      'Pyongyang denies sending soldiers',
      'The North Korean state news agency called the reports false.',
    );
    expect(story.focalInHeadline).toBe(true);
  });
});

describe('matchFeatures: the subject in the headline, under a country’s headline', () => {
  const article = {
    title: 'Norway hit by 48-hour rail strike as train drivers walk out',
    lead: 'Drivers of the Track Workers Federation walked out on Monday, and Halvern Central station stood empty.',
    text: 'Drivers of the Track Workers Federation walked out on Monday, and Halvern Central station stood empty.\nRail traffic across Norway stopped. The Track Workers Federation said the walkout would last 48 hours. Its leaders met ministers at Halvern Central.',
    published: null,
  };

  it("asks the article's own names, not the country, of a story's headline", () => {
    const union = storyFeatures(
      article,
      'Track Workers Federation vows more walkouts',
      'The drivers say rail traffic across Norway will stay halted.',
    );
    expect(union.focalInHeadline).toBe(true);
    const airports = storyFeatures(
      article,
      'Norway airport staff call strike for April',
      'Baggage handlers will walk out for a day, and the Track Workers Federation said it supports them.',
    );
    expect(airports.focalCarried).toBeGreaterThan(0.5);
    expect(airports.focalInHeadline).toBe(false);
  });
});
