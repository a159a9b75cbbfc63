import { useEffect, useState } from 'react';
import { i18n } from '#i18n';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { Popup } from '../../components/Popup';
import { ask } from '../../utils/messages';
import { originPattern } from '../../utils/format/urls';
import { popupTabId } from '../popup/popup-tab';
import { mountPoint } from '../../components/mount-point';
import { applyUiLocale } from '../../utils/format/ui-locale';
import '../../components/sidelight.css';

applyUiLocale();

document.title = i18n.t('pages.sidePanelTitle'); // the HTML's <title> is the English fallback

/** The active tab and its address: the panel shows it, and starts again when the reader moves on. */
function useActiveTab(): { id: number; url: string } | null {
  const [tab, setTab] = useState<{ id: number; url: string } | null>(null);
  useEffect(() => {
    const read = async () => {
      const [active] = await browser.tabs.query({ active: true, currentWindow: true });
      setTab(active?.id === undefined ? null : { id: active.id, url: active.url ?? '' });
    };
    void read();
    const onActivated = () => void read();
    const onUpdated = (_id: number, change: { status?: string }) => {
      if (change.status === 'complete') void read();
    };
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, []);
  return tab;
}

/** The side panel: the popup's view for the active tab (or `?tabId=N`, as tests open it), beside any page. */
function SidePanel() {
  const explicit = popupTabId(location.search);
  const active = useActiveTab();
  const tab = explicit !== null ? { id: explicit, url: '' } : active;
  if (!tab) return <p role="status">{i18n.t('pages.openArticle')}</p>;
  return (
    <Popup
      key={`${tab.id} ${tab.url}`}
      tabId={tab.id}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
      onAddSources={() => void ask('openOptions', { welcome: true })}
      requestOrigin={(origin) => browser.permissions.request({ origins: [originPattern(origin)] })}
      onSidebarOpened={() => undefined}
    />
  );
}

createRoot(mountPoint()).render(<SidePanel />);
