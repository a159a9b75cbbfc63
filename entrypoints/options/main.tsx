import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { OptionsPage, type OptionsApi } from '../../components/OptionsPage';
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
  requestPermissions: (patterns) => browser.permissions.request({ origins: patterns }),
};

createRoot(mountPoint()).render(<OptionsPage api={api} />);
