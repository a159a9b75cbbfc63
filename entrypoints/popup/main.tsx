import { createRoot } from 'react-dom/client';
import { i18n } from '#i18n';
import { browser } from 'wxt/browser';
import { Popup } from '../../components/Popup';
import { ask } from '../../utils/messages';
import { originPattern } from '../../utils/format/urls';
import { popupTabId } from './popup-tab';
import { mountPoint } from '../../components/mount-point';
import '../../components/sidelight.css';

// `popup.html?tabId=N` shows tab N (tests open the popup as a tab); otherwise the active tab.
const explicit = popupTabId(location.search);
const tabId = explicit ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
const root = createRoot(mountPoint());
if (tabId === undefined) {
  root.render(<p role="alert">{i18n.t('pages.noTab')}</p>);
} else {
  root.render(
    <Popup
      tabId={tabId}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
      onAddSources={() => void ask('openOptions', { welcome: true })}
      requestOrigin={(origin) => browser.permissions.request({ origins: [originPattern(origin)] })}
      // A real popup closes once the sidebar is docked; a popup opened as a tab (tests) stays.
      onSidebarOpened={() => {
        if (explicit === null) window.close();
      }}
    />,
  );
}
