import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { deliver } from '../../../tests/support/deliver';
import { handlerGroup } from '../../../tests/support/handler-group';
import { NEW_SOURCE_HEALTH, putSource } from '../../store/sources';
import { registerTabHandlers } from './tab';
import { inWords } from '../../../tests/support/in-words';

const deps = handlerGroup(registerTabHandlers);

beforeEach(() => fakeBrowser.tabs.resetState());

/** The browser refusing to script a tab, as Chrome words it for its own pages. */
function pagesOffLimits() {
  vi.spyOn(fakeBrowser.scripting, 'executeScript').mockRejectedValue(new Error('Cannot access contents of the page'));
}

/** One source in the store, so a tab's article is worth reading. */
async function addSource() {
  await putSource(await deps.db(), {
    id: 's1',
    feedUrl: 'https://feeds.example/world.xml',
    title: 'World',
    homepage: null,
    addedAt: 0,
    health: NEW_SOURCE_HEALTH,
  });
}

describe('tab handlers', () => {
  it('say there are no sources, whatever the tab shows', async () => {
    expect(await deliver('getTabContext', 7)).toEqual({ ok: true, value: { state: 'no-sources' } });
  });

  it('turn a tab that cannot be scripted into the reason, not a failure', async () => {
    await addSource();
    pagesOffLimits();
    expect(inWords(await deliver('getTabContext', 7))).toEqual({
      ok: true,
      value: {
        state: 'not-article',
        reason: "Sidelight can't read this page: browsers keep their own pages and extension stores off limits.",
      },
    });
  });

  it("extract a page with no kept answer while the store's first reads are still on their way", async () => {
    await addSource();
    const { id: tabId = -1 } = await fakeBrowser.tabs.create({ url: 'https://news.example/gallery' });
    const extract = vi
      .spyOn(fakeBrowser.scripting, 'executeScript')
      .mockResolvedValue([{ frameId: 0, documentId: 'd', result: { kind: 'not-article', reason: 'A gallery.' } }]);
    // The database answers only when let (a worker just started waits hundreds of ms for its first reads).
    let open: (value: undefined) => void = () => undefined;
    const opened = new Promise<undefined>((resolve) => (open = resolve));
    const realDb = deps.db;
    deps.db = async () => (await opened, realDb());
    try {
      const answer = deliver('getTabContext', tabId);
      await vi.waitFor(() => expect(extract).toHaveBeenCalled());
      open(undefined);
      expect(await answer).toEqual({ ok: true, value: { state: 'not-article', reason: 'A gallery.' } });
      expect(extract).toHaveBeenCalledTimes(1);
    } finally {
      deps.db = realDb;
    }
  });

  it('refuse a "this tab" request that came from no tab, in a sentence', async () => {
    expect(inWords(await deliver('getOwnTabContext'))).toEqual({
      ok: false,
      error: 'Sidelight could not read this tab (the request did not come from a tab).',
    });
    expect(inWords(await deliver('showSidebarHere'))).toEqual({
      ok: false,
      error: 'Sidelight could not open the sidebar (the request did not come from a tab).',
    });
  });

  it('turn a sidebar that cannot be injected into a sentence', async () => {
    pagesOffLimits();
    expect(inWords(await deliver('openSidebar', 3))).toEqual({
      ok: false,
      error: 'Sidelight could not open the sidebar (Cannot access contents of the page).',
    });
    expect(inWords(await deliver('showSidebarHere', undefined, { tab: { id: 3 } }))).toEqual({
      ok: false,
      error: 'Sidelight could not open the sidebar (Cannot access contents of the page).',
    });
  });

  it('open the quote as a link when the tab cannot be scripted, and say so when the tab is gone', async () => {
    pagesOffLimits();
    const { id: tabId = -1 } = await fakeBrowser.tabs.create({ url: 'https://news.example/article' });
    const href = 'https://news.example/article#:~:text=Reed%20Bank';
    expect(await deliver('showQuoteInTab', { tabId, quote: 'Reed Bank', href })).toEqual({ ok: true, value: 'opened' });
    expect((await fakeBrowser.tabs.get(tabId)).url).toBe(href);
    expect(inWords(await deliver('showQuoteInTab', { tabId: 999, quote: 'Reed Bank', href }))).toEqual({
      ok: false,
      error: 'Sidelight could not show that sentence (Tab not found).',
    });
  });

  it('open the welcome step in a tab, and word a failure to open the options page', async () => {
    expect(await deliver('openOptions', { welcome: true })).toEqual({ ok: true, value: null });
    expect((await fakeBrowser.tabs.query({})).map((t) => t.url)).toContain(
      'chrome-extension://test-extension-id/options.html#welcome',
    );
    vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockRejectedValue(new Error('no options page'));
    expect(inWords(await deliver('openOptions'))).toEqual({
      ok: false,
      error: 'Sidelight could not open the options page (no options page).',
    });
  });
});
