import { browser } from 'wxt/browser';
import { highlightQuote } from '../context/highlight';

/**
 * Shows a quoted sentence in its tab: selects it and scrolls to it (the popup holds the tab through activeTab);
 * when the sentence cannot be found or the tab cannot be scripted, opens the text-fragment link instead.
 */
export async function showQuoteInTab(tabId: number, quote: string, href: string): Promise<'highlighted' | 'opened'> {
  try {
    const [result] = await browser.scripting.executeScript({ target: { tabId }, func: highlightQuote, args: [quote] });
    if (result?.result === true) return 'highlighted';
  } catch {
    // Not scriptable (the tab moved on, or the grant lapsed): fall through to the link.
  }
  await browser.tabs.update(tabId, { url: href });
  return 'opened';
}
