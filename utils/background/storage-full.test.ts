import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { deliver } from '../../tests/support/deliver';
import { handlerGroup } from '../../tests/support/handler-group';
import { refuseWrites } from '../../tests/support/quota';
import { openSidelightDb } from '../store/db';
import { STORAGE_FULL_REASON } from '../store/quota';
import { deleteSource, getSource, listSources, NEW_SOURCE_HEALTH, putSource } from '../store/sources';
import { listStories, upsertStories } from '../store/stories';
import type { FeedItem, Source } from '../types';
import { memoryArea } from './context-cache';
import { registerRefreshHandlers } from './handlers/refresh';
import { registerSettingsHandlers } from './handlers/settings';
import { registerSourceHandlers } from './handlers/sources';
import { said } from '../said';
import { say } from '../../components/said';
import { IndexCache } from './index-cache';
import { storageFullLog } from './storage-full-log';
import { inWords } from '../../tests/support/in-words';

const deps = handlerGroup((d) => {
  registerRefreshHandlers(d);
  registerSourceHandlers(d);
  registerSettingsHandlers(d);
});

const FEED_URL = 'https://feeds.example/harbour.xml';
const DAY = 24 * 3600_000;

/** An RSS feed written for this test: each title a story of the harbour town. */
const rss = (items: [slug: string, title: string][]) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Desk</title><link>https://feeds.example/</link>${items
    .map(([slug, title]) => `<item><title>${title}</title><link>https://feeds.example/${slug}</link></item>`)
    .join('')}</channel></rss>`;

/** The one story stored before the disk fills. */
const FERRY: FeedItem = {
  title: 'Ferry service resumes',
  link: 'https://feeds.example/ferry',
  summary: '',
  published: null,
  guid: null,
  image: null,
};

let lift: (() => void) | null = null;
afterEach(() => {
  lift?.();
  lift = null;
});

beforeEach(async () => {
  const db = await deps.db();
  for (const source of await listSources(db)) await deleteSource(db, source.id);
  await fakeBrowser.storage.session.clear();
  vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
});

const harbour = (etag: string | null): Source => ({
  id: FEED_URL,
  feedUrl: FEED_URL,
  title: 'Harbour Desk',
  homepage: null,
  addedAt: 1,
  health: { ...NEW_SOURCE_HEALTH, etag },
});

/** Serves the feed with an ETag, as a real server would. */
function serve(body: string, etag: string) {
  vi.stubGlobal('fetch', async () => new Response(body, { headers: { 'content-type': 'application/rss+xml', etag } }));
}

async function refreshAndWait() {
  expect(await deliver('startRefresh')).toMatchObject({ ok: true });
  await vi.waitFor(
    async () => expect(await deliver('getRefreshStatus')).toMatchObject({ value: { run: { active: false } } }),
    { timeout: 10_000 },
  );
  const status = await deliver('getRefreshStatus');
  if (!status.ok) throw new Error(say(status.error));
  return status.value;
}

describe('a full disk', () => {
  it('refuses a refresh: stored stories stay as they were, the source and the options page say why, and the next refresh stores them', async () => {
    const db = await deps.db();
    await putSource(db, harbour('"v1"'));
    await upsertStories(db, harbour('"v1"'), [FERRY]);
    serve(
      rss([
        ['ferry', 'Ferry service resumes after the storm'],
        ['pier', 'Council votes on the pier'],
      ]),
      '"v2"',
    );

    lift = refuseWrites(['stories']);
    const status = await refreshAndWait();
    expect(status.storageFull).toMatchObject({ during: 'stories' });
    expect((await listStories(db)).map((s) => s.title)).toEqual(['Ferry service resumes']);
    const source = await getSource(db, FEED_URL);
    expect(inWords(source?.health.lastError)).toBe(`could not store its stories: ${STORAGE_FULL_REASON}`);
    // The validators stay the old ones: the next fetch gets the stories again, not a 304.
    expect(source?.health.etag).toBe('"v1"');

    lift();
    lift = null;
    const after = await refreshAndWait();
    expect(after.storageFull).toBeNull();
    expect((await listStories(db)).map((s) => s.title).sort()).toEqual([
      'Council votes on the pier',
      'Ferry service resumes after the storm',
    ]);
    expect((await getSource(db, FEED_URL))?.health).toMatchObject({ lastError: null, etag: '"v2"' });
  });

  it('refuses a new feed: the reply says what happened and what to do, and nothing is half-saved', async () => {
    serve(rss([['ferry', 'Ferry service resumes']]), '"v1"');
    lift = refuseWrites(['storyChanges']);
    const reply = await deliver('addSource', FEED_URL);
    expect(reply).toEqual({ ok: false, error: said('couldNotStorageFull', { action: 'addFeed' }) });
    expect(!reply.ok && say(reply.error)).toBe(
      "Sidelight could not add this feed: the browser's storage space for Sidelight is full. Nothing already stored was lost. Remove sources you no longer read, or keep stories for fewer days under Settings, then try again.",
    );
    const db = await deps.db();
    expect(await listSources(db)).toEqual([]);
    expect(await listStories(db)).toEqual([]);
    expect((await deliver('getRefreshStatus')).ok && (await deliver('getRefreshStatus'))).toMatchObject({
      value: { storageFull: { during: 'change' } },
    });
  });

  it("refuses a setting the worker writes to storage.local (Chrome's quota message): the same words", async () => {
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    expect(await deliver('setAutoShow', { origin: 'https://feeds.example', enabled: true })).toEqual({
      ok: false,
      error: said('couldNotStorageFull', { action: 'changeSiteSetting' }),
    });
    expect(await deliver('getRefreshStatus')).toMatchObject({ value: { storageFull: { during: 'change' } } });
  });

  it('refuses pruning: the run still finishes, the page says so, and no story is half-deleted', async () => {
    const db = await deps.db();
    await putSource(db, harbour(null));
    const old = Date.now() - 400 * DAY;
    await upsertStories(
      db,
      harbour(null),
      [
        {
          title: 'Last year’s regatta',
          link: 'https://feeds.example/regatta',
          summary: '',
          published: old,
          guid: null,
          image: null,
        },
      ],
      old,
    );
    vi.stubGlobal('fetch', async () => new Response('', { status: 503 }));
    lift = refuseWrites(['storyChanges']);
    const status = await refreshAndWait();
    expect(status.storageFull).toMatchObject({ during: 'pruning' });
    expect(status.run).toMatchObject({ active: false, failed: 1 });
    expect((await listStories(db)).map((s) => s.title)).toEqual(['Last year’s regatta']);

    lift();
    lift = null;
    const after = await refreshAndWait();
    expect(after.storageFull).toBeNull();
    expect(await listStories(db)).toEqual([]);
  });

  it('refuses the saved match index: noted for the page, and the next worker rebuilds it from the stories', async () => {
    const db = await openSidelightDb('storage-full-index');
    await upsertStories(db, harbour(null), [FERRY]);
    const log = storageFullLog(() => area);
    const area = memoryArea();
    lift = refuseWrites(['matchIndex']);
    const cache = new IndexCache(db, { onSaveFailed: (error) => log.note(error, 'index') });
    expect((await cache.get()).index.size).toBe(1);
    await cache.flush();
    expect(await log.read()).toMatchObject({ during: 'index' });
    expect(await db.get('matchIndex', 'stories')).toBeUndefined();

    lift();
    lift = null;
    const fresh = new IndexCache(db);
    expect((await fresh.get()).index.size).toBe(1);
    expect(fresh.lastSource).toBe('rebuilt');
  });
});
