import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { OptionsPage, type OptionsApi } from '../../components/OptionsPage';
import { ActorSettingsSection, type ActorSettingsApi } from '../../components/context/ActorSettingsSection';
import { sanitizeActorSettings } from '../../utils/context/actor-settings';
import { actorSettings } from '../../utils/settings';
import { CATALOGUE_PATH, parseCatalogue } from '../../utils/catalogue/catalogue';
import { ask } from '../../utils/messages';
import { mountPoint } from '../../utils/mount-point';
import '../../components/sidelight.css';

/** The options page's link to the extension: messages to the background, permission prompts here. */
const api: OptionsApi = {
  listSources: () => ask('listSources'),
  addSource: (url) => ask('addSource', url),
  removeSource: (id) => ask('removeSource', id),
  refreshNow: () => ask('refreshNow'),
  requestOrigin: (url) => browser.permissions.request({ origins: [`${new URL(url).origin}/*`] }),
  requestOrigins: (patterns) => browser.permissions.request({ origins: patterns }),
  addSources: (list) => ask('addSources', list),
  loadCatalogue: async () => {
    const response = await fetch(browser.runtime.getURL(CATALOGUE_PATH));
    return parseCatalogue(await response.json());
  },
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
