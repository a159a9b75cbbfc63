import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IndexCache } from './index-cache';
import { PartialIndex, readSavedHead, readSavedIndex, writeSavedIndex } from './saved-index';
import { StoryIndex } from '../match/inverted-index';
import { persistedIndexProblem, serialiseIndex } from '../match/persist';
import { rankAll, type MatchQuery } from '../match/rank';
import { headProblem, postingKey, recordKey, splitIndex, type SavedHead, type SavedPart } from '../match/saved-parts';
import { openSidelightDb, type SidelightDb } from '../store/db';
import { upsertStories } from '../store/stories';
import type { FeedItem } from '../types';
import { testSource } from '../../tests/support/test-source';

let n = 0;
const T = Date.UTC(2025, 2, 11, 9);
const DAY = 86_400_000;
/** Small chunks, so a few dozen stories make many of them and a query reads only some. */
const SMALL = { postingBytes: 8, slots: 3 };

const WORDS = [
  'Halvern',
  'dockers',
  'strike',
  'Caldera Terminals',
  '3,200',
  'pay',
  'harbour',
  'Mara Okonjo',
  'on Tuesday',
  'Farrow valley',
  'orchard',
  'harvest',
  'apples',
  'record',
  'ferry',
  'crews',
  'union',
  'talks',
  'collapse',
  '5 percent',
  'Zelenskyy',
  'Kyiv',
  'Pyongyang',
  'drones',
  'election',
  'vote',
];
const text = fc
  .array(fc.oneof(fc.constantFrom(...WORDS), fc.constantFrom(...WORDS), fc.string({ maxLength: 6 })), {
    maxLength: 14,
  })
  .map((w) => w.join(' '));
const story = fc.record({ title: text, summary: text, daysAgo: fc.integer({ min: 0, max: 40 }) });
const query = fc.record({ title: text, lead: text, text, published: fc.constant(T) });

const wire = testSource('https://wire.example/feed', 'Wire');

/** What ranking shows and its whole candidate order. */
const ranking = (index: StoryIndex, q: MatchQuery) => rankAll(index, q, { limit: 50 });

describe('an index read in parts', () => {
  it('ranks every article exactly as the whole index in memory does (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(story, { minLength: 1, maxLength: 40 }),
        fc.array(query, { maxLength: 4 }),
        async (stories, queries) => {
          const index = new StoryIndex();
          stories.forEach((s, i) =>
            index.add({
              id: `https://n.example/${i}`,
              title: s.title,
              summary: s.summary,
              published: T - s.daysAgo * DAY,
            }),
          );
          const db = await openSidelightDb(`saved-parts-${++n}`);
          await writeSavedIndex(db, serialiseIndex(index, 1), SMALL);
          const head = (await readSavedHead(db)) as SavedHead;
          expect(headProblem(head)).toBeNull();
          // One reader for every article, as one worker answers several popups before it has read the rest.
          const partial = new PartialIndex(db, head);
          for (const q of queries) {
            const found = await partial.prepare(q);
            expect(ranking(partial.index, q)).toEqual(ranking(index, q));
            // The candidates it found on the way rank as a search of its own would.
            expect(rankAll(partial.index, q, { limit: 50, found })).toEqual(ranking(index, q));
          }
          db.close();
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('the saved index at its own chunk sizes', () => {
  it("reads at most 32 stories' records for a candidate (a query's candidates fall in different chunks)", () => {
    const index = new StoryIndex();
    for (let i = 0; i < 200; i++)
      index.add({ id: `https://n.example/${i}`, title: `Halvern story ${i}`, summary: 'Dockers', published: T });
    const records = splitIndex(serialiseIndex(index, 1)).flatMap(([, part]) =>
      part.part === 'records' ? [part.ids.length] : [],
    );
    expect(records.reduce((a, b) => a + b, 0)).toBe(200);
    expect(Math.max(...records)).toBeLessThanOrEqual(32);
  });
});

/** Words the article below does not use. */
const ELSEWHERE = ['Farrow', 'valley', 'orchard', 'harvest', 'apples', 'record', 'growers', 'frost', 'cider'];
/** Enough stories that the small chunks number dozens, and more than the matcher's 60 candidates. */
const items: FeedItem[] = Array.from({ length: 60 }, (_, i) => ({
  title: `${WORDS[i % WORDS.length]} ${WORDS[(i * 7 + 3) % WORDS.length]} ${WORDS[(i * 11 + 5) % WORDS.length]}`,
  link: `https://wire.example/s/${i}`,
  summary: `${WORDS[(i * 3 + 1) % WORDS.length]} and ${WORDS[(i * 5 + 2) % WORDS.length]} in story ${i}.`,
  published: T - (i % 9) * DAY,
  guid: null,
  image: null,
}));
for (let i = 0; i < 40; i++) {
  const word = (k: number) => ELSEWHERE[(i * k + k) % ELSEWHERE.length] as string;
  items.push({
    ...(items[i] as FeedItem),
    link: `https://wire.example/far/${i}`,
    title: `${word(1)} ${word(2)} ${word(5)}`,
    summary: `${word(3)} ${word(7)} ${i}.`,
  });
}
const article: MatchQuery = {
  title: 'Halvern dockers strike as pay talks with Caldera Terminals collapse',
  lead: 'About 3,200 dockers at the harbour stopped work on Tuesday.',
  text: 'Union leader Mara Okonjo said the strike would go on.',
  published: T,
};

/** A store with the stories, the index a first worker saved in small chunks, and its ranking of the article. */
async function savedInParts(): Promise<{ db: SidelightDb; ids: string[] }> {
  const db = await openSidelightDb(`saved-parts-${++n}`);
  await upsertStories(db, wire, items);
  const first = new IndexCache(db, { chunks: SMALL });
  const ids = ranking((await first.get()).index, article).order;
  await first.flush();
  return { db, ids };
}

/** Sets every byte of every chunk under these keys to 0xff ("more follows", never a value). */
async function fillEvery(db: SidelightDb, keyOf: (chunk: number) => string): Promise<void> {
  for (let k = 0; ; k++) {
    const part = await db.get('matchIndex', keyOf(k));
    if (part?.part !== 'postings' && part?.part !== 'records') return;
    await db.put('matchIndex', { ...part, bytes: part.bytes.slice().fill(0xff) }, keyOf(k));
  }
}

/** How many parts are saved. */
const partCount = async (db: SidelightDb) => (await db.getAllKeys('matchIndex')).length;

describe('IndexCache on an index saved in parts', () => {
  it("reads the head and the article's parts only, answers as the whole index, and reads the rest after", async () => {
    const { db, ids } = await savedInParts();
    expect(await partCount(db)).toBeGreaterThan(20);
    const fresh = new IndexCache(db, { chunks: SMALL });
    // As the worker does while the page extracts the article: the head is read and the matcher warmed up on it.
    fresh.warm();
    const snapshot = await fresh.get(article);
    expect(fresh.lastSource).toBe('persisted');
    expect(ranking(snapshot.index, article).order).toEqual(ids);
    // Read in parts: stories that are no candidate of the article have no record read yet.
    const unread = (index: StoryIndex) =>
      Array.from({ length: index.size }, (_, slot) => index.story(slot)?.id).filter((id) => id === '').length;
    expect(unread(snapshot.index)).toBeGreaterThan(0);
    await fresh.checked();
    const whole = await fresh.get();
    expect(whole.index).not.toBe(snapshot.index);
    expect(unread(whole.index)).toBe(0);
    expect(ranking(whole.index, article).order).toEqual(ids);
  });

  it('catches up with new stories from an index read in parts (it reads the rest first)', async () => {
    const { db } = await savedInParts();
    const fresh = new IndexCache(db, { chunks: SMALL });
    await fresh.get(article);
    await upsertStories(db, wire, [
      { ...(items[0] as FeedItem), link: 'https://wire.example/new', title: 'Halvern dockers strike ends' },
    ]);
    const next = await fresh.get(article);
    expect(fresh.lastSource).toBe('caught-up');
    expect(ranking(next.index, article).order).toContain('https://wire.example/new');
  });

  // Damage in a part the article reads is found before it is used: the answer comes from a rebuilt index. Damage
  // elsewhere is found when the rest is read after the answer. Either way the index is saved whole again.
  const damages: [string, boolean, (db: SidelightDb) => Promise<void>][] = [
    ['the first posting chunk missing', false, (db) => db.delete('matchIndex', postingKey(0))],
    ['the first record chunk missing', false, (db) => db.delete('matchIndex', recordKey(0))],
    [
      'a record chunk that is not one',
      false,
      async (db) => void (await db.put('matchIndex', { part: 'postings' } as SavedPart, recordKey(1))),
    ],
    ['every posting chunk running past its lists', true, (db) => fillEvery(db, postingKey)],
    ['every record damaged', true, (db) => fillEvery(db, recordKey)],
  ];
  for (const [what, read, damage] of damages) {
    it(`with ${what}: answers as before, rebuilds, and saves the index whole again`, async () => {
      const { db, ids } = await savedInParts();
      await damage(db);
      const fresh = new IndexCache(db, { chunks: SMALL });
      const snapshot = await fresh.get(article);
      if (read) expect(fresh.lastSource).toBe('rebuilt');
      expect(ranking(snapshot.index, article).order).toEqual(ids);
      await fresh.checked();
      expect(ranking((await fresh.get(article)).index, article).order).toEqual(ids);
      expect(fresh.lastSource).toBe(read ? 'memory' : 'rebuilt');
      await fresh.flush();
      const saved = await readSavedIndex(db);
      expect(saved && persistedIndexProblem(saved)).toBeNull();
      const next = new IndexCache(db, { chunks: SMALL });
      expect(ranking((await next.get(article)).index, article).order).toEqual(ids);
      expect(next.lastSource).toBe('persisted');
    });
  }
});
