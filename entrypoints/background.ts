import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { defineBackground } from 'wxt/utils/define-background';
import { registerHandlers } from '../utils/background/handlers';
import { REFRESH_ALARM, RESUME_ALARM, ensureRefreshAlarm } from '../utils/background/schedule';
import { syncAutoShowScript } from '../utils/background/auto-show';
import { WELCOME_PAGE } from '../utils/catalogue/welcome';
import { refreshSettings } from '../utils/settings';
import { withDefaults } from '../utils/refresh/refresh-settings';
import { TOGGLE_SIDEBAR_COMMAND } from '../utils/background/commands';
import { toggleSidebar } from '../utils/background/tabs';
import { sidePanelSetting } from '../utils/side-panel';
import { applySidePanelSetting } from '../utils/background/side-panel';
import { forgetTab } from '../utils/background/context-cache';
import { sessionArea } from '../utils/background/session-area';
import { applyUiLocale } from '../utils/format/ui-locale';

/** Wiring only: message handlers, the refresh schedule and the context menu. Logic lives in utils/. */
export default defineBackground(() => {
  applyUiLocale();
  const services = registerHandlers();

  // Every start of the worker (install, browser start, or a wake-up after MV3 killed it): a refresh run left
  // unfinished carries on, and no source stays marked "refreshing" — once the popup that woke it has its answer
  // (a second at most; utils/background/first-answer.ts).
  void services
    .afterFirstAnswer(() => services.refresh.resume())
    .catch((error: unknown) => console.error('Sidelight: resuming the refresh failed', error));

  browser.runtime.onInstalled.addListener(({ reason }) => {
    // First run: the options page opens on its welcome step (presets, one permission prompt, first fetch).
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PAGE) });
    void syncAutoShowScript();
    browser.contextMenus.create({ id: 'sidelight-sidebar', title: i18n.t('pages.contextMenu'), contexts: ['page'] });
  });

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REFRESH_ALARM) void services.refresh.refreshDue();
    // resume() is idempotent: it only continues a run this worker is not already working on.
    if (alarm.name === RESUME_ALARM) void services.refresh.resume();
  });

  // A new interval takes effect at once.
  refreshSettings.watch((value) => void ensureRefreshAlarm(withDefaults(value).intervalMinutes));

  // The keyboard shortcut (Alt+Shift+S by default) opens or closes the sidebar on the tab it was pressed in.
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === TOGGLE_SIDEBAR_COMMAND && tab?.id !== undefined) {
      void toggleSidebar(tab.id).catch((error: unknown) =>
        console.error('Sidelight: the sidebar could not be toggled', error),
      );
    }
  });

  // The toolbar button opens the side panel or the popup, as the reader chose on the options page (Chrome).
  void sidePanelSetting.getValue().then(applySidePanelSetting);
  sidePanelSetting.watch((on) => void applySidePanelSetting(on));

  // A closed tab's kept context is of no further use (utils/background/context-cache.ts).
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(sessionArea(), tabId));

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === 'sidelight-sidebar' && tab?.id !== undefined) void services.openSidebar(tab.id);
  });
});
