import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { i18n } from '#i18n';
import { browser } from 'wxt/browser';
import { Popup } from '../../components/Popup';
import { ask } from '../../utils/messages';
import { originPattern } from '../../utils/format/urls';
import { mountPoint } from '../../components/mount-point';
import type { CachedContext } from '../../utils/background/context-cache';
import { takeEarlyRead, type EarlyApi } from './early-read';
import { applyUiLocale } from '../../utils/format/ui-locale';

/** How long the first render waits for the kept answer before showing the loading state instead. */
const KEPT_WAIT_MS = 150;

/**
 * Renders the popup into popup.html's #root: a kept answer in the very first render, or the worker asked before
 * it. Run by popup-app.js (entrypoints/popup-app.tsx), one plain script holding all the popup's first-paint code.
 */
export async function showPopup(): Promise<void> {
  applyUiLocale();
  performance.mark('sidelight:popup-scripts'); // for `npm run bench:popup`: the popup's own code begins
  document.title = i18n.t('pages.popupTitle'); // the HTML's <title> is the English fallback

  // Started by popup-early.js while the page was parsed (see early-read.ts).
  const early = takeEarlyRead(browser as unknown as EarlyApi, location.search);
  const tabId = await early.tabId;
  const root = createRoot(mountPoint());
  if (tabId === undefined) {
    root.render(<p role="alert">{i18n.t('pages.noTab')}</p>);
    return;
  }
  // A kept answer goes into the first render; a slow read must not keep the popup blank, so it gets a moment.
  const kept = await Promise.race([
    early.kept,
    new Promise<CachedContext | null | undefined>((resolve) => setTimeout(() => resolve(undefined), KEPT_WAIT_MS)),
  ]);
  // No kept answer: the worker is asked now rather than once the view has mounted (effects run after a frame).
  const asked = kept === null ? ask('getTabContext', tabId) : undefined;
  // Rendered now, not in a task React schedules: with a kept answer this render is the one the reader waits for.
  flushSync(() =>
    root.render(
      <Popup
        tabId={tabId}
        kept={kept}
        asked={asked}
        onOpenOptions={() => void browser.runtime.openOptionsPage()}
        onAddSources={() => void ask('openOptions', { welcome: true })}
        requestOrigin={(origin) => browser.permissions.request({ origins: [originPattern(origin)] })}
        // A real popup closes once the sidebar is docked; a popup opened as a tab (tests) stays.
        onSidebarOpened={() => {
          if (early.explicitTabId === null) window.close();
        }}
      />,
    ),
  );
}
