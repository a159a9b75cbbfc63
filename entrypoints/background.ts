import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { registerHandlers } from '../utils/background/handlers';
import { REFRESH_ALARM, ensureRefreshAlarm } from '../utils/background/schedule';
import { syncAutoShowScript } from '../utils/background/auto-show';
import { WELCOME_PAGE } from '../utils/catalogue/welcome';

/** Wiring only: message handlers, the refresh schedule and the context menu. Logic lives in utils/. */
export default defineBackground(() => {
  const services = registerHandlers();

  browser.runtime.onInstalled.addListener(({ reason }) => {
    // First run: the options page opens on its welcome step (presets, one permission prompt, first fetch).
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PAGE) });
    void ensureRefreshAlarm();
    void syncAutoShowScript();
    browser.contextMenus.create({ id: 'sidelight-sidebar', title: 'Show Sidelight for this article', contexts: ['page'] });
  });
  browser.runtime.onStartup.addListener(() => void ensureRefreshAlarm());

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REFRESH_ALARM) void services.refreshAll();
  });

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === 'sidelight-sidebar' && tab?.id !== undefined) void services.openSidebar(tab.id);
  });
});
