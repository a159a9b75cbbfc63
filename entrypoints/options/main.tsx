import { createRoot } from 'react-dom/client';
import { i18n } from '#i18n';
import { browser } from 'wxt/browser';
import { OptionsPage, type OptionsApi } from '../../components/OptionsPage';
import { ActorSettingsSection, type ActorSettingsApi } from '../../components/context/ActorSettingsSection';
import { sanitizeActorSettings } from '../../utils/context/actor-settings';
import { actorSettings } from '../../utils/settings';
import { CATALOGUE_PATH, parseCatalogue } from '../../utils/catalogue/catalogue';
import { originPatterns } from '../../utils/format/urls';
import { ask } from '../../utils/messages';
import { hasSidePanel } from '../../utils/background/side-panel';
import { mountPoint } from '../../components/mount-point';
import { readRefreshSettings, refreshSettings } from '../../utils/settings';
import { applyUiLocale } from '../../utils/format/ui-locale';
import '../../components/sidelight.css';

applyUiLocale();

document.title = i18n.t('pages.optionsTitle'); // the HTML's <title> is the English fallback

/** Offers text as a file download (an object URL on a temporary link, released afterwards). */
function saveFile(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The options page's link to the extension: messages to the background, permission prompts and files here. */
const api: OptionsApi = {
  listSources: () => ask('listSources'),
  addSource: (url) => ask('addSource', url),
  addFromUrl: (url) => ask('addFromUrl', url),
  removeSource: (id) => ask('removeSource', id),
  setSourceOutlet: (request) => ask('setSourceOutlet', request),
  addSources: (list) => ask('addSources', list),
  loadCatalogue: async () => {
    const response = await fetch(browser.runtime.getURL(CATALOGUE_PATH));
    return parseCatalogue(await response.json());
  },
  startRefresh: () => ask('startRefresh'),
  getRefreshStatus: () => ask('getRefreshStatus'),
  importSources: (feeds) => ask('importSources', feeds),
  requestOrigin: (url) => browser.permissions.request({ origins: originPatterns([url]) }),
  requestOrigins: (urls) => browser.permissions.request({ origins: originPatterns(urls) }),
  saveFile,
  getSettings: readRefreshSettings,
  saveSettings: (settings) => refreshSettings.setValue(settings),
  estimateStorage: async () => (await navigator.storage.estimate()).usage ?? null,
  requestPermissions: (patterns) => browser.permissions.request({ origins: patterns }),
  hasSidePanel: hasSidePanel(),
};

const actorApi: ActorSettingsApi = {
  load: async () => sanitizeActorSettings(await actorSettings.getValue()),
  save: (settings) => actorSettings.setValue(settings),
};

createRoot(mountPoint()).render(
  <OptionsPage api={api}>
    <ActorSettingsSection api={actorApi} />
  </OptionsPage>,
);
