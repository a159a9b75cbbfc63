import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { deliver } from '../../../tests/support/deliver';
import { handlerGroup } from '../../../tests/support/handler-group';
import { deleteSource, listSources, NEW_SOURCE_HEALTH, putSource } from '../../store/sources';
import { registerSourceHandlers } from './sources';
import { inWords } from '../../../tests/support/in-words';

// A store that fails when the test says so: the same as a disk that gives out under a write.
const failing = vi.hoisted(() => ({ delete: false }));
vi.mock('../../store/sources', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../store/sources')>();
  return {
    ...real,
    deleteSource: async (...args: Parameters<typeof real.deleteSource>) => {
      if (failing.delete) throw new Error('the disk gave out');
      return real.deleteSource(...args);
    },
  };
});

const deps = handlerGroup(registerSourceHandlers);

beforeEach(async () => {
  const db = await deps.db();
  for (const source of await listSources(db)) await deleteSource(db, source.id);
});

const FEED_URL = 'https://feeds.example/world.xml';

/** A two-item RSS feed written for this test. */
const RSS = `<?xml version="1.0"?><rss version="2.0"><channel><title>World Desk</title><link>https://feeds.example/</link>
<item><title>Ferry service resumes after the storm</title><link>https://feeds.example/ferry</link></item>
<item><title>Harbour council votes on the new pier</title><link>https://feeds.example/pier</link></item>
</channel></rss>`;

/** Grants every host permission, as the options page does before it asks the worker to add a feed. */
function grantHosts() {
  vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
}

describe('source handlers', () => {
  it('list no sources on a fresh install', async () => {
    expect(await deliver('listSources')).toEqual({ ok: true, value: [] });
  });

  it('pass a refusal through in its own words', async () => {
    expect(inWords(await deliver('addSource', 'ftp://feeds.example/world.xml'))).toEqual({
      ok: false,
      error: 'Only http and https feeds can be added.',
    });
    // Without the site's permission the worker fetches nothing (the fake browser grants none).
    expect(inWords(await deliver('addSource', FEED_URL))).toEqual({
      ok: false,
      error: 'Could not add this feed: permission for feeds.example was refused.',
    });
    expect(inWords(await deliver('addFromUrl', 'not a web address'))).toMatchObject({
      ok: false,
      error: expect.stringContaining('is not a web address'),
    });
    expect(inWords(await deliver('setSourceOutlet', { sourceId: 'gone', details: null }))).toEqual({
      ok: false,
      error:
        'This source is no longer among your sources (it may have been removed in another window). Reload this page.',
    });
  });

  it('answer an added feed with its fresh view', async () => {
    grantHosts();
    vi.stubGlobal('fetch', async (url: string) =>
      url === FEED_URL
        ? new Response(RSS, { headers: { 'content-type': 'application/rss+xml' } })
        : new Response('', { status: 404 }),
    );
    const reply = await deliver('addSource', FEED_URL);
    expect(reply).toMatchObject({
      ok: true,
      value: { feedUrl: FEED_URL, title: 'World Desk', storiesStored: 2, refreshing: false },
    });
  });

  it('say so when an added feed cannot be read back', async () => {
    grantHosts();
    const db = await deps.db();
    // The source goes (removed in another window) while the worker looks its feed up in the catalogue.
    vi.stubGlobal('fetch', async (url: string) => {
      if (url === FEED_URL) return new Response(RSS, { headers: { 'content-type': 'application/rss+xml' } });
      await deleteSource(db, FEED_URL);
      return new Response('', { status: 404 });
    });
    expect(inWords(await deliver('addSource', FEED_URL))).toEqual({
      ok: false,
      error: 'The feed was added but could not be read back. Reload this page.',
    });
  });

  it('turn a throw into a sentence that says what could not be done', async () => {
    const db = await deps.db();
    await putSource(db, {
      id: FEED_URL,
      feedUrl: FEED_URL,
      title: 'World Desk',
      homepage: null,
      addedAt: 0,
      health: NEW_SOURCE_HEALTH,
    });
    failing.delete = true;
    try {
      const reply = await deliver('removeSource', FEED_URL);
      expect(inWords(reply)).toEqual({
        ok: false,
        error: 'Sidelight could not remove this source (the disk gave out).',
      });
    } finally {
      failing.delete = false;
    }
    expect(await listSources(db)).toHaveLength(1);
  });

  it('refuse a request whose payload is not what the message takes, in words, touching nothing', async () => {
    const db = await deps.db();
    await putSource(db, {
      id: FEED_URL,
      feedUrl: FEED_URL,
      title: 'World Desk',
      homepage: null,
      addedAt: 0,
      health: NEW_SOURCE_HEALTH,
    });
    const reply = await deliver('removeSource', { not: 'an id' } as unknown as string);
    expect(inWords(reply)).toEqual({ ok: false, error: 'Sidelight refused this request: the source must be text.' });
    expect(await listSources(db)).toHaveLength(1);
  });
});
