import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { deliver } from '../../../tests/support/deliver';
import { handlerGroup } from '../../../tests/support/handler-group';
import { getRevision } from '../../store/db';
import { getSource, NEW_SOURCE_HEALTH, putSource } from '../../store/sources';
import { upsertStories } from '../../store/stories';
import { SAVED_REVISION_KEY } from '../index-cache';
import { registerRefreshHandlers } from './refresh';
import { inWords } from '../../../tests/support/in-words';

const deps = handlerGroup(registerRefreshHandlers);

const FEED_URL = 'https://feeds.example/world.xml';

describe('refresh handlers', () => {
  it('report an empty status before the first run', async () => {
    expect(await deliver('getRefreshStatus')).toEqual({
      ok: true,
      value: { run: null, storyCount: 0, sourceCount: 0, failing: 0, nextScheduledAt: null, storageFull: null },
    });
  });

  it('turn a status that cannot be read into a sentence', async () => {
    vi.spyOn(fakeBrowser.alarms, 'get').mockRejectedValue(new Error('alarms are unavailable'));
    expect(inWords(await deliver('getRefreshStatus'))).toEqual({
      ok: false,
      error: 'Sidelight could not read the refresh status (alarms are unavailable).',
    });
    expect(inWords(await deliver('startRefresh'))).toEqual({
      ok: false,
      error: 'Sidelight could not refresh your sources (alarms are unavailable).',
    });
  });

  it('answer Refresh now at once, and a refused site ends up failing in words', async () => {
    const db = await deps.db();
    await putSource(db, {
      id: FEED_URL,
      feedUrl: FEED_URL,
      title: 'World Desk',
      homepage: null,
      addedAt: 0,
      health: NEW_SOURCE_HEALTH,
    });
    const started = await deliver('startRefresh');
    expect(started).toMatchObject({ ok: true, value: { sourceCount: 1, run: { reason: 'manual', total: 1 } } });
    await vi.waitFor(async () =>
      expect(await deliver('getRefreshStatus')).toMatchObject({
        ok: true,
        value: { failing: 1, run: { active: false } },
      }),
    );
    expect(inWords((await getSource(db, FEED_URL))?.health.lastError)).toBe('permission for feeds.example was refused');
    // The run over, the worker saved the match index at the store's revision: the next popup loads it as it is.
    await vi.waitFor(async () => expect(await db.get('meta', SAVED_REVISION_KEY)).toBe(await getRevision(db)));
  });

  it('count the stored stories once per revision of the store, and again once a write moved it', async () => {
    const db = await deps.db();
    const wire = {
      id: 'w',
      feedUrl: 'https://wire.example/feed',
      title: 'Wire',
      homepage: null,
      addedAt: 0,
      health: NEW_SOURCE_HEALTH,
    };
    const item = (n: number) => ({
      title: `Story ${n}`,
      link: `https://wire.example/${n}`,
      summary: '',
      published: 0,
      guid: null,
      image: null,
    });
    await upsertStories(db, wire, [item(1), item(2)]);
    const count = vi.spyOn(IDBObjectStore.prototype, 'count');
    const storyCount = async () => {
      const status = await deliver('getRefreshStatus');
      return status.ok ? status.value.storyCount : NaN;
    };
    expect(await storyCount()).toBe(2);
    expect(await storyCount()).toBe(2);
    expect(count).toHaveBeenCalledTimes(1);
    await upsertStories(db, wire, [item(3)]);
    expect(await storyCount()).toBe(3);
    expect(count).toHaveBeenCalledTimes(2);
  });
});
