import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { OptionsPage, type OptionsApi } from '../../components/OptionsPage';
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

createRoot(mountPoint()).render(<OptionsPage api={api} />);
