import { onMessage } from '../../messages';
import { autoShowSites } from '../../settings';
import { setAutoShow } from '../auto-show';
import { attempt } from './attempt';

/** Handlers for per-site settings: whether the sidebar shows itself on a site. */
export function registerSettingsHandlers(): void {
  onMessage('getAutoShow', ({ data }) => attempt('read your site settings', async () => (await autoShowSites.getValue()).includes(data)));
  onMessage('setAutoShow', ({ data }) =>
    attempt('change this site setting', async () => (await setAutoShow(data.origin, data.enabled)).includes(data.origin)),
  );
}
