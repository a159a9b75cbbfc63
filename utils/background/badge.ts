import { browser } from 'wxt/browser';
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
  const names = failing.slice(0, 3).map((s) => s.title);
  const more = failing.length > 3 ? ` and ${failing.length - 3} more` : '';
  const count = failing.length === 1 ? '1 source' : `${failing.length} sources`;
  await browser.action.setBadgeBackgroundColor({ color: FAILURE_COLOUR });
  await browser.action.setBadgeText({ text: failing.length > 99 ? '99+' : String(failing.length) });
  await browser.action.setTitle({
    title: `${defaultTitle}\n${count} failed to refresh: ${names.join(', ')}${more}. See Sidelight's options for why.`,
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
        count === 0
          ? manifestTitle()
          : `${manifestTitle()}\n${count === 1 ? '1 other report' : `${count} other reports`} of this story`,
    });
  } catch {
    // the tab closed meanwhile: nothing to label
  }
}
