import { browser } from 'wxt/browser';
import { said, type Said } from '../said';
import { NOT_ARTICLE_REASON } from '../extract/reasons';
import type { ExtractionResult } from '../types';

/** Built file names of the runtime-injected content scripts (entrypoints/*.content.*). */
const EXTRACTOR_FILE = '/content-scripts/extractor.js';
const SIDEBAR_FILE = '/content-scripts/sidebar.js';

/** Why a tab cannot be read, from the error scripting.executeScript threw. */
function unreadableReason(error: unknown): Said {
  const message = error instanceof Error ? error.message : String(error);
  if (/cannot access|cannot be scripted|extensions gallery|chrome:\/\//i.test(message)) return said('tab.offLimits');
  if (/permission|host/i.test(message)) return said('tab.needsClick');
  return said('tab.unreadable', { detail: message });
}

/** Runs the extractor in a tab and returns what it found; pages that cannot be read say why. */
export async function extractFromTab(tabId: number): Promise<ExtractionResult> {
  try {
    const [frame] = await browser.scripting.executeScript({ target: { tabId }, files: [EXTRACTOR_FILE] });
    const result = frame?.result as ExtractionResult | undefined;
    if (!result || (result.kind !== 'article' && result.kind !== 'not-article')) {
      return { kind: 'not-article', reason: NOT_ARTICLE_REASON };
    }
    return result;
  } catch (error) {
    return { kind: 'not-article', reason: unreadableReason(error) };
  }
}

/** Docks the sidebar in a tab (the script itself does nothing when one is already there). */
export async function injectSidebar(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files: [SIDEBAR_FILE] });
}

/**
 * Closes the sidebar in a tab when it is open there, else docks it with the keyboard focus in it (the reader
 * pressed the shortcut: Tab and Escape should work at once). Runs in the content scripts' isolated world,
 * where the sidebar keeps its own record (entrypoints/sidebar.content/instance.ts); the page cannot see it.
 */
export async function toggleSidebar(tabId: number): Promise<'opened' | 'closed'> {
  const [frame] = await browser.scripting.executeScript({
    target: { tabId },
    func: () => {
      const state = globalThis as typeof globalThis & {
        sidelightSidebarClose?: () => void;
        sidelightSidebarFocus?: boolean;
      };
      if (state.sidelightSidebarClose) {
        state.sidelightSidebarClose();
        return true;
      }
      state.sidelightSidebarFocus = true;
      return false;
    },
  });
  if (frame?.result === true) return 'closed';
  await injectSidebar(tabId);
  return 'opened';
}
