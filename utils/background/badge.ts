import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { formatCount } from '../format/plural';
import type { Source } from '../types';

/** The badge colour for failing sources (the options page's error red). */
const FAILURE_COLOUR = '#b42318';

/** The toolbar button's own tooltip, restored when nothing fails. */
function manifestTitle(): string {
  try {
    return browser.runtime.getManifest().action?.default_title ?? 'Sidelight';
  } catch {
    return 'Sidelight'; // test browsers without a manifest
  }
}

/** Sources whose last fetch failed. */
export function failingSources(sources: readonly Source[]): Source[] {
  return sources.filter((s) => s.health.lastError !== null);
}

/**
 * Shows on the toolbar icon how many sources failed at their last fetch (nothing when none did), with a
 * tooltip naming the first few, so a broken feed is noticed without opening the options page.
 */
export async function updateFailureBadge(sources: readonly Source[]): Promise<void> {
  const failing = failingSources(sources);
  const defaultTitle = manifestTitle();
  if (failing.length === 0) {
    await browser.action.setBadgeText({ text: '' });
    await browser.action.setTitle({ title: defaultTitle });
    return;
  }
  // The badge's tooltip is the worker's own words: it has no view to word a code, so it reads the locale file.
  const names = failing
    .slice(0, 3)
    .map((s) => s.title)
    .join(', ');
  const listed = failing.length > 3 ? i18n.t('badge.namesAndMore', [names, formatCount(failing.length - 3)]) : names;
  await browser.action.setBadgeBackgroundColor({ color: FAILURE_COLOUR });
  await browser.action.setBadgeText({ text: failing.length > 99 ? '99+' : String(failing.length) });
  await browser.action.setTitle({
    title: `${defaultTitle}\n${i18n.t('badge.failed', failing.length, [formatCount(failing.length), listed])}`,
  });
}

/** The badge colour for a story's count (the accent of the light theme). */
const STORY_COLOUR = '#c2570c';

/**
 * On one tab, the number of Same story rows Sidelight found for its article (nothing when none). Only called
 * where Sidelight was asked to read the tab (popup, sidebar, shortcut) or the site is opted in, so nothing is
 * computed for a badge alone; the browser clears a tab's badge when the tab navigates.
 */
export async function showSameStoryCount(
  tabId: number,
  context: { state: string; same?: readonly unknown[] },
): Promise<void> {
  const count = context.state === 'article' ? (context.same?.length ?? 0) : 0;
  try {
    await browser.action.setBadgeBackgroundColor({ tabId, color: STORY_COLOUR });
    await browser.action.setBadgeText({ tabId, text: count === 0 ? '' : count > 99 ? '99+' : String(count) });
    await browser.action.setTitle({
      tabId,
      title:
        count === 0 ? manifestTitle() : `${manifestTitle()}\n${i18n.t('badge.sameStory', count, [formatCount(count)])}`,
    });
  } catch {
    // the tab closed meanwhile: nothing to label
  }
}
