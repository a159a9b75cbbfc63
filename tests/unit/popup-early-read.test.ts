import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startEarlyRead, type EarlyApi } from '../../entrypoints/popup/early-read';
import { writeCachedContext } from '../../utils/background/context-cache';
import { sessionArea } from '../../utils/background/session-area';
import type { TabContext } from '../../utils/messages';

const api = fakeBrowser as unknown as EarlyApi;
const session = sessionArea(); // the fake browser's session storage
const context = { state: 'article', same: [], related: [] } as unknown as TabContext;

describe('the popup’s early read', () => {
  beforeEach(() => fakeBrowser.reset());

  it('finds the answer kept for the tab’s current page', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://news.example/a' });
    await writeCachedContext(session, tab.id ?? -1, 'https://news.example/a', 'token', context);
    const read = startEarlyRead(api, `?tabId=${tab.id}`);
    expect(read.explicitTabId).toBe(tab.id);
    expect(await read.tabId).toBe(tab.id);
    expect((await read.kept)?.token).toBe('token');
  });

  it('reads none when the tab has moved to another page', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://news.example/b' });
    await writeCachedContext(session, tab.id ?? -1, 'https://news.example/a', 'token', context);
    expect(await startEarlyRead(api, `?tabId=${tab.id}`).kept).toBeNull();
  });

  it('reads none for a tab that does not exist', async () => {
    expect(await startEarlyRead(api, '?tabId=98765').kept).toBeNull();
  });
});
