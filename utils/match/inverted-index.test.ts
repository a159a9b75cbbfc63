import { describe, expect, it } from 'vitest';
import { StoryIndex } from './inverted-index';
import { termOf } from './tokenize';
import type { Story } from '../types';

const story = (id: string, title: string, summary = '') => ({ id, title, summary, published: null });

function idsFor(index: StoryIndex, words: string[]): string[] {
  const query = words
    .map((w) => index.termId(termOf(w) ?? ''))
    .filter((id): id is number => id !== undefined)
    .map((termId) => ({ termId, weight: 1 }));
  return index.search(query, 10).map((hit) => index.story(hit.slot)?.id ?? '');
}

describe('StoryIndex', () => {
  it('adds and removes stories and counts them', () => {
    const index = new StoryIndex();
    index.add(story('a', 'Ferry strike in Halvern'));
    index.add(story('b', 'Harvest festival opens'));
    expect(index.size).toBe(2);
    expect(index.has('a')).toBe(true);
    expect(index.remove('a')).toBe(true);
    expect(index.remove('a')).toBe(false);
    expect(index.size).toBe(1);
    expect(index.has('a')).toBe(false);
    expect(idsFor(index, ['strike'])).toEqual([]);
  });

  it('replaces a story added again under the same id', () => {
    const index = new StoryIndex();
    index.add(story('a', 'Ferry strike in Halvern'));
    index.add(story('a', 'Harvest festival opens'));
    expect(index.size).toBe(1);
    expect(idsFor(index, ['strike'])).toEqual([]);
    expect(idsFor(index, ['festival'])).toEqual(['a']);
  });

  it('forgets words no story holds any more', () => {
    const index = new StoryIndex();
    index.add(story('a', 'Zeppelin lands in Ostmark'));
    expect(index.termId('zeppelin')).toBeDefined();
    index.remove('a');
    expect(index.termId('zeppelin')).toBeUndefined();
    index.add(story('b', 'Harvest festival opens'));
    expect(idsFor(index, ['harvest'])).toEqual(['b']);
  });

  it('ranks a story with the word in its headline above one with it only in the summary', () => {
    const index = new StoryIndex();
    index.add(story('summary', 'Council meets on budget', 'Members also discussed the ferry timetable and parking.'));
    index.add(story('title', 'Ferry timetable changes', 'New departures start in spring.'));
    index.add(story('other', 'Library extends opening hours'));
    expect(idsFor(index, ['ferry'])).toEqual(['title', 'summary']);
  });

  it('scores rare words above common ones', () => {
    const index = new StoryIndex();
    for (let i = 0; i < 5; i++) index.add(story(`common-${i}`, `Police report number ${i}`));
    index.add(story('rare', 'Police find stolen zeppelin'));
    const common = index.termId('polic') as number;
    const rare = index.termId('zeppelin') as number;
    expect(index.df(common)).toBe(6);
    expect(index.idf(rare)).toBeGreaterThan(index.idf(common));
    expect(idsFor(index, ['police', 'zeppelin'])[0]).toBe('rare');
  });

  it('keeps each story analysed: names, numbers, capitalised words', () => {
    const index = new StoryIndex();
    index.add(story('a', 'Kim Jong Un visits Kursk', 'About 10,000 troops arrived on Friday.'));
    const analysed = index.story(index.slot('a') as number);
    const nameWords = [...(analysed?.nameTermIds ?? [])].map((id) => index.term(id)).sort();
    expect(nameWords).toEqual(['jong', 'kim', 'kursk', 'un']);
    expect(analysed?.numbers).toEqual([{ value: 10000, unit: 'troop' }]);
    // "Friday" is written with a capital but is no name.
    expect(analysed?.capitalTermIds).toContain(index.termId('friday'));
    expect(analysed?.nameTermIds).not.toContain(index.termId('friday'));
  });

  it('keeps the sides of a result headline, winner and beaten, and none for other headlines', () => {
    const index = new StoryIndex();
    index.add(
      story('match', 'Mira Varga stuns Anna Lind to reach Coastal Open final', 'Varga beat Lind in three sets.'),
    );
    index.add(story('other', 'Varga and Lind meet again', 'The two met in Halvern.'));
    const words = (ids: Int32Array | undefined): string[] => [...(ids ?? [])].map((id) => index.term(id)).sort();
    const match = index.story(index.slot('match') as number);
    expect(words(match?.winnerTermIds)).toEqual(['mira', 'varga']);
    expect(words(match?.loserTermIds)).toEqual(['anna', 'lind']);
    expect(match?.nameTermIds).toContain(index.termId('varga'));
    const other = index.story(index.slot('other') as number);
    expect(other?.winnerTermIds).toHaveLength(0);
    expect(other?.loserTermIds).toHaveLength(0);
  });

  it('stays consistent through many adds and removes', () => {
    const index = new StoryIndex();
    for (let i = 0; i < 200; i++) index.add(story(`s${i}`, `Story ${i} about topic${i % 7}`));
    for (let i = 0; i < 200; i += 2) index.remove(`s${i}`);
    expect(index.size).toBe(100);
    const hits = idsFor(index, ['topic3']);
    expect(hits.length).toBeGreaterThan(0);
    for (const id of hits) expect(Number(id.slice(1)) % 2).toBe(1);
  });
});

describe('StoryIndex.shareIds', () => {
  it('takes the caller strings for ids it holds and leaves the rest as they were', () => {
    const index = new StoryIndex();
    index.add(story('a', 'Ferry strike in Halvern'));
    index.add(story('b', 'Harvest festival opens'));
    index.remove('b');
    index.add(story('c', 'Ferry timetable changes'));
    const asked: string[] = [];
    index.shareIds((id) => {
      asked.push(id);
      return id === 'a' ? ['a'].join('') : undefined;
    });
    expect(asked.sort()).toEqual(['a', 'c']);
    expect(index.size).toBe(2);
    expect(idsFor(index, ['ferry']).sort()).toEqual(['a', 'c']);
    expect(index.remove('a')).toBe(true);
    expect(index.has('c')).toBe(true);
  });
});

describe('StoryIndex with stored stories', () => {
  it('accepts the Story objects the store keeps', () => {
    const stored: Story = {
      id: 'https://news.example/a',
      url: 'https://news.example/a',
      title: 'Ferry strike in Halvern',
      summary: 'Crews walked out on Monday.',
      outlet: 'Example News',
      published: Date.UTC(2025, 2, 10),
      dateIsFetchTime: false,
      sourceIds: ['https://news.example/feed.xml'],
      image: null,
      firstSeen: Date.UTC(2025, 2, 10),
    };
    const index = new StoryIndex();
    index.add(stored);
    expect(index.story(index.slot(stored.id) as number)?.url).toBe(stored.url);
  });

  it('restored without its ids, records and lists, finds nothing until they are put in, then what the whole finds', () => {
    const whole = new StoryIndex();
    whole.add(story('a', 'Ferry strike in Halvern', 'Crews walked out on Tuesday'));
    whole.add(story('b', 'Harvest festival opens', 'Orchards in the Farrow valley'));
    whole.add(story('c', 'Halvern ferry talks collapse', 'The strike goes on'));
    const c = whole.columns();
    const unread = StoryIndex.restoreUnread(c, c.ids.length);
    expect(unread.size).toBe(3);
    expect(idsFor(unread, ['strike', 'Halvern'])).toEqual([]);
    unread.fillPostings(0, c.termStart.length, c.postings, c.postingStart);
    unread.fillRecords(0, c.ids, c.records, c.recordStart);
    expect(idsFor(unread, ['strike', 'Halvern'])).toEqual(idsFor(whole, ['strike', 'Halvern']));
    expect(idsFor(unread, ['festival'])).toEqual(['b']);
    expect(unread.story(0)).toEqual(whole.story(0));
  });
});
