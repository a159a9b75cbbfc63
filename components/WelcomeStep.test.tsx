// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { NewSource } from '../utils/sources/add-sources';
import { parseCatalogue } from '../utils/catalogue/catalogue';
import type { SourceView } from '../utils/messages';
import type { CatalogueApi } from './catalogue-api';
import { WelcomeStep } from './WelcomeStep';
import { NEW_SOURCE_HEALTH } from '../utils/store/sources';
import { originPatterns } from '../utils/format/urls';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const outlet = (id: string, host: string) => ({
  id,
  name: `Outlet ${id}`,
  homepage: `https://${host}/`,
  feeds: [`https://${host}/${id}.xml`],
  country: 'FR',
  region: 'europe',
  language: 'fr',
  ownership: 'private',
  stateAffiliated: false,
});
const catalogue = parseCatalogue({
  schemaVersion: 1,
  outlets: [outlet('a', 'a.example'), outlet('b', 'a.example'), outlet('c', 'c.example'), outlet('d', 'd.example')],
  presets: [
    { id: 'world-overview', name: 'World overview', description: 'Everything', outletIds: ['a', 'b', 'c'] },
    { id: 'more', name: 'More', description: 'More', outletIds: ['c', 'd'] },
  ],
});

const view = (s: NewSource, fetched: boolean, error: string | null = null): SourceView => ({
  id: s.feedUrl,
  feedUrl: s.feedUrl,
  title: s.title,
  homepage: s.homepage,
  addedAt: 0,
  health: {
    ...NEW_SOURCE_HEALTH,
    lastFetchedAt: fetched ? 1 : null,
    lastSuccessAt: null,
    itemsInLastFetch: fetched && !error ? 3 : 0,
    lastError: error,
    refreshingSince: null,
  },
  storiesStored: 0,
  refreshing: false,
  nextRefreshAt: null,
});

let root: Root | null = null;
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.replaceChildren();
});

function mount(api: CatalogueApi, sources: SourceView[], onClose = () => {}) {
  const host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  const render = (list: SourceView[]) =>
    act(() =>
      root?.render(
        <WelcomeStep api={api} catalogue={catalogue} sources={list} onSourcesChanged={() => {}} onClose={onClose} />,
      ),
    );
  render(sources);
  return render;
}

const button = (name: RegExp) => {
  const found = [...document.querySelectorAll('button')].find((b) => name.test(b.textContent ?? ''));
  if (!found) throw new Error(`no button ${String(name)} in: ${document.body.textContent ?? ''}`);
  return found;
};

function fakeApi(granted: boolean) {
  const calls: string[] = [];
  const stored: NewSource[] = [];
  const api: CatalogueApi = {
    loadCatalogue: async () => catalogue,
    requestOrigins: vi.fn(
      async (feedUrls: string[]) => (calls.push(`request ${originPatterns(feedUrls).join(' ')}`), granted),
    ),
    addSources: vi.fn(async (list: NewSource[]) => {
      calls.push(`add ${list.length}`);
      stored.push(...list);
      return { ok: true as const, value: { added: list.map((s) => s.feedUrl), alreadyAdded: [], rejected: [] } };
    }),
    removeSource: async () => ({ ok: true as const, value: null }),
  };
  return { api, calls, stored };
}

describe('WelcomeStep', () => {
  it('offers the presets with World overview chosen, and counts the outlets a choice adds', () => {
    mount(fakeApi(true).api, []);
    const boxes = [...document.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
    expect(boxes.map((b) => b.checked)).toEqual([true, false]);
    expect(button(/^Add 3 outlets$/).disabled).toBe(false);
    act(() => boxes[1]?.click());
    expect(button(/^Add 4 outlets$/)).toBeTruthy();
  });

  it('asks ONE permission for every site first, then stores them all, then shows the first fetch to the end', async () => {
    const { api, calls, stored } = fakeApi(true);
    const render = mount(api, []);
    await act(async () => {
      button(/^Add 3 outlets$/).click();
      // Browsers show the prompt only during the click: the request must start before anything is awaited.
      expect(api.requestOrigins).toHaveBeenCalledOnce();
    });
    expect(calls).toEqual(['request https://a.example/* https://c.example/*', 'add 3']);
    expect(stored.map((s) => s.title)).toEqual(['Outlet a', 'Outlet b', 'Outlet c']);

    render(stored.map((s, i) => view(s, i === 0)));
    const bar = document.querySelector('progress');
    expect([bar?.value, bar?.max, bar?.getAttribute('aria-label')]).toEqual([1, 3, 'First fetch of your new sources']);
    expect(document.body.textContent).toContain('1 of 3 fetched');

    render(stored.map((s, i) => view(s, true, i === 2 ? 'HTTP 404 (Not Found)' : null)));
    expect(document.querySelector('progress')?.value).toBe(3);
    expect(document.body.textContent).toContain(
      'Done: 2 of 3 sources answered, with 6 stories. 1 source could not be reached',
    );
    expect(button(/^Start reading$/)).toBeTruthy();
  });

  it('adds nothing and says why when the permission is refused, keeping the choice', async () => {
    const { api, calls } = fakeApi(false);
    mount(api, []);
    await act(async () => button(/^Add 3 outlets$/).click());
    expect(calls).toEqual(['request https://a.example/* https://c.example/*']);
    expect(document.querySelector('[role=alert]')?.textContent).toMatch(
      /needs permission .* nothing was added\. Try again and choose Allow/,
    );
    expect(button(/^Add 3 outlets$/).disabled).toBe(false);
  });

  it('leaves out outlets already added and can be skipped', () => {
    const onClose = vi.fn();
    const a = catalogue.outlets[0]?.feeds[0] ?? '';
    mount(fakeApi(true).api, [view({ feedUrl: a, title: 'A', homepage: null, outlet: null }, true)], onClose);
    expect(button(/^Add 2 outlets$/)).toBeTruthy();
    act(() => button(/^Skip this step$/).click());
    expect(onClose).toHaveBeenCalledOnce();
  });
});
