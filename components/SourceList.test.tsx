// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SourceView } from '../utils/messages';
import { MANUAL_OUTLET_ID, outletFromDetails, type OutletDetails } from '../utils/sources/outlet-details';
import { NEW_SOURCE_HEALTH } from '../utils/store/sources';
import { SourceList } from './SourceList';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const view = (title: string, addedAt: number, error: string | null = null): SourceView => ({
  id: `https://${addedAt}.example/feed`,
  feedUrl: `https://${addedAt}.example/feed`,
  title,
  homepage: null,
  addedAt,
  health: {
    ...NEW_SOURCE_HEALTH,
    lastFetchedAt: 1,
    lastSuccessAt: error ? null : 1,
    itemsInLastFetch: error ? 0 : 3,
    lastError: error,
  },
  storiesStored: 3,
  refreshing: false,
  nextRefreshAt: null,
});

/** 120 generated desks, one pasted "Kyōdo Wire" and one failing feed. */
const many = [
  ...Array.from({ length: 120 }, (_, i) => view(`Desk ${String(i + 1).padStart(3, '0')}`, i + 1)),
  view('Kyōdo Wire', 200),
  view('Broken Feed', 201, 'HTTP 404 (Not Found)'),
];

let root: Root | null = null;
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.replaceChildren();
});

function mount(sources: SourceView[], onSaveOutlet = vi.fn()) {
  const host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  const render = (list: SourceView[]) =>
    act(() => root?.render(<SourceList sources={list} now={2} onRemove={() => {}} onSaveOutlet={onSaveOutlet} />));
  render(sources);
  return render;
}

const rows = () =>
  [...document.querySelectorAll('li.source')].map((li) => li.querySelector('.source-title')?.textContent);
const countLine = () => document.querySelector('.source-count')?.textContent ?? '';
const labelled = <T extends HTMLElement>(text: string): T => {
  const label = [...document.querySelectorAll('label')].find((l) => l.textContent?.startsWith(text));
  const field = label?.htmlFor ? document.getElementById(label.htmlFor) : label?.querySelector('input');
  if (!field) throw new Error(`no field labelled ${text}`);
  return field as T;
};
const button = (name: string) => {
  const found = [...document.querySelectorAll('button')].find((b) => b.textContent === name);
  if (!found) throw new Error(`no button ${name} in: ${document.body.textContent ?? ''}`);
  return found;
};
/** Sets a controlled field's value as typing would (React listens for the native input/change event). */
function enter(field: HTMLInputElement | HTMLSelectElement, value: string) {
  const proto = field instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
  act(() => {
    Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(field, value);
    field.dispatchEvent(new Event(field instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
  });
}

describe('SourceList', () => {
  it('shows 50 of many sources at a time, newest first, with a count and pages', () => {
    mount(many);
    expect(rows()).toHaveLength(50);
    expect(rows().slice(0, 2)).toEqual(['Broken Feed', 'Kyōdo Wire']);
    expect(countLine()).toBe('Showing 1–50 of 122 sources.');
    act(() => button('Next page').click());
    expect(countLine()).toBe('Showing 51–100 of 122 sources.');
    expect(document.body.textContent).toContain('Page 2 of 3');
    expect(document.activeElement).toBe(document.querySelector('ul.sources'));
  });

  it('finds a source by a word typed without its accent, and clears the search from the empty state', () => {
    mount(many);
    const find = labelled<HTMLInputElement>('Find a source');
    enter(find, 'kyodo');
    expect(rows()).toEqual(['Kyōdo Wire']);
    expect(countLine()).toBe('1 of 122 sources matches “kyodo”.');
    enter(find, 'xyz');
    expect(rows()).toEqual([]);
    expect(document.querySelector('.sources-empty')?.textContent).toContain('No source matches “xyz”.');
    act(() => button('Clear search').click());
    expect(find.value).toBe('');
    expect(rows()).toHaveLength(50);
  });

  it('shows failing sources only, and sorts by name', () => {
    mount(many);
    act(() => labelled<HTMLInputElement>('Failing only').click());
    expect(rows()).toEqual(['Broken Feed']);
    expect(countLine()).toBe('1 of 122 sources is failing.');
    act(() => labelled<HTMLInputElement>('Failing only').click());
    enter(labelled<HTMLSelectElement>('Sort'), 'name');
    expect(rows().slice(0, 2)).toEqual(['Broken Feed', 'Desk 001']);
  });

  it('keeps a short list plain: no search, filter or sort', () => {
    mount(many.slice(0, 3));
    expect(rows()).toHaveLength(3);
    expect(document.querySelector('[role=search]')).toBeNull();
    expect(countLine()).toBe('');
  });

  it('edits who is behind a pasted feed: country by name, ownership, state affiliation; says what was saved', async () => {
    const pasted = view('Eastern Desk', 1);
    const onSave = vi.fn(async (_id: string, details: OutletDetails | null) => {
      const checked = outletFromDetails(details);
      return checked.ok
        ? { ok: true as const, value: { ...pasted, outlet: checked.outlet } }
        : { ok: false as const, error: checked.error };
    });
    const render = mount([pasted], onSave);
    expect(document.querySelector('.source-outlet')?.textContent).toContain('Outlet: unknown country and ownership');
    act(() => button('Edit outlet details').click());
    const country = labelled<HTMLInputElement>('Country');
    expect(document.activeElement).toBe(country);

    enter(country, 'Jappan');
    await act(async () => button('Save outlet details').click());
    expect(document.querySelector('[role=alert]')?.textContent).toBe(
      '“Jappan” is not a country Sidelight knows. Choose one from the list (start typing its name, e.g. Japan).',
    );
    enter(country, 'japan');
    expect(document.body.textContent).toContain('Region: East Asia');
    await act(async () => button('Save outlet details').click());
    expect(document.querySelector('[role=alert]')?.textContent).toMatch(/^Choose who owns the outlet/);
    expect(onSave).not.toHaveBeenCalled();

    enter(labelled<HTMLSelectElement>('Ownership'), 'private');
    act(() => labelled<HTMLInputElement>('State-affiliated').click());
    await act(async () => button('Save outlet details').click());
    expect(onSave).toHaveBeenCalledWith(pasted.id, {
      country: 'JP',
      ownership: 'private',
      stateAffiliated: true,
      language: null,
    });
    expect(document.querySelector('[role=status]')?.textContent).toBe(
      'Saved. Coverage now counts Eastern Desk under Japan.',
    );
    expect(document.querySelector('form')).toBeNull();
    expect(document.activeElement?.textContent).toBe('Edit outlet details');

    const saved = onSave.mock.results[0]?.value as Promise<{ ok: true; value: SourceView }>;
    render([(await saved).value]);
    expect(document.querySelector('.source-outlet')?.textContent).toContain(
      'Outlet: Japan · East Asia · Private · state-affiliatedset by you',
    );
    act(() => button('Edit outlet details').click());
    expect(labelled<HTMLInputElement>('Country').value).toBe('Japan');
    expect((await saved).value.outlet?.catalogueId).toBe(MANUAL_OUTLET_ID);
    await act(async () => button('Clear outlet details').click());
    expect(onSave).toHaveBeenLastCalledWith(pasted.id, null);
  });
});
