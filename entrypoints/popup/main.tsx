import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { Popup } from '../../components/Popup';
import { popupTabId } from '../../utils/popup-tab';
import { WELCOME_PAGE } from '../../utils/catalogue/welcome';
import { mountPoint } from '../../utils/mount-point';
import '../../components/sidelight.css';

// `popup.html?tabId=N` shows tab N (tests open the popup as a tab); otherwise the active tab.
const explicit = popupTabId(location.search);
const tabId = explicit ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
const root = createRoot(mountPoint());
if (tabId === undefined) {
  root.render(<p role="alert">Sidelight could not tell which tab to read. Close this popup and click the icon again.</p>);
} else {
  root.render(
    <Popup
      tabId={tabId}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
      onAddSources={() => void browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PAGE) })}
      requestOrigin={(origin) => browser.permissions.request({ origins: [`${origin}/*`] })}
      // A real popup closes once the sidebar is docked; a popup opened as a tab (tests) stays.
      onSidebarOpened={() => {
        if (explicit === null) window.close();
      }}
    />,
  );
}
