import { browser } from 'wxt/browser';
import { type TabContext } from '../../messages';
import { onRequest } from './on-request';
import { WELCOME_PAGE } from '../../catalogue/welcome';
import { currentToken, tabContextCached } from '../cached-tab-context';
import { showQuoteInTab } from '../show-quote';
import { injectSidebar } from '../tabs';
import { attempt } from './attempt';
import { timed } from '../timing';
import type { HandlerDeps } from './deps';

/** The id of the tab a content script's message came from; anything else is a caller's mistake. */
function senderTabId(sender: { tab?: { id?: number } }): number {
  const tabId = sender.tab?.id;
  if (tabId === undefined) throw new Error('the request did not come from a tab');
  return tabId;
}

/** The article in a tab, in context (the kept answer when nothing changed; see cached-tab-context.ts). */
export function tabContext(deps: HandlerDeps, tabId: number): Promise<TabContext> {
  return timed('answer', () => tabContextCached(deps, tabId)).finally(() => deps.firstAnswer.answered());
}

/** Handlers about a tab: its context, the sidebar in it, a quoted sentence shown in it, the options page. */
export function registerTabHandlers(deps: HandlerDeps): void {
  onRequest('getTabContext', ({ data }) => attempt('readTab', () => tabContext(deps, data)));
  onRequest('refreshTabContext', ({ data }) =>
    attempt('readTab', async () =>
      (await currentToken(deps)) === data.token ? null : tabContextCached(deps, data.tabId, { fresh: true }),
    ),
  );
  onRequest('getOwnTabContext', ({ sender }) => attempt('readTab', async () => tabContext(deps, senderTabId(sender))));
  onRequest('openSidebar', ({ data }) => attempt('openSidebar', async () => (await injectSidebar(data), null)));
  onRequest('showSidebarHere', ({ sender }) =>
    attempt('openSidebar', async () => (await injectSidebar(senderTabId(sender)), null)),
  );
  onRequest('showQuoteInTab', ({ data }) =>
    attempt('showSentence', () => showQuoteInTab(data.tabId, data.quote, data.href)),
  );
  onRequest('openOptions', ({ data }) =>
    attempt('openOptions', async () => {
      // The welcome step (presets) for a reader with no sources yet; the plain page otherwise.
      if (data?.welcome) await browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PAGE) });
      else await browser.runtime.openOptionsPage();
      return null;
    }),
  );
}
