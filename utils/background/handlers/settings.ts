import { onRequest } from './on-request';
import { autoShowSites } from '../../settings';
import { setAutoShow } from '../auto-show';
import { attempt } from './attempt';

/** Handlers for per-site settings: whether the sidebar shows itself on a site. */
export function registerSettingsHandlers(): void {
  onRequest('getAutoShow', ({ data }) => attempt('read your site settings', async () => (await autoShowSites.getValue()).includes(data)));
  onRequest('setAutoShow', ({ data }) =>
    attempt('change this site setting', async () => (await setAutoShow(data.origin, data.enabled)).includes(data.origin)),
  );
}
