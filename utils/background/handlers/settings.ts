import { onRequest } from './on-request';
import { autoShowSites } from '../../settings';
import { setAutoShow } from '../auto-show';
import { attempt } from './attempt';
import type { HandlerDeps } from './deps';
import { releaseUnneeded } from '../permissions';
import { originPattern } from '../../format/urls';

/** Handlers for per-site settings: whether the sidebar shows itself on a site. */
export function registerSettingsHandlers({ db }: Pick<HandlerDeps, 'db'>): void {
  onRequest('getAutoShow', ({ data }) =>
    attempt('readSiteSettings', async () => (await autoShowSites.getValue()).includes(data)),
  );
  onRequest('setAutoShow', ({ data }) =>
    attempt('changeSiteSetting', async () => {
      const sites = await setAutoShow(data.origin, data.enabled);
      // Switched off: the site's permission goes back unless a source (or search) is on that origin.
      if (!data.enabled) await releaseUnneeded(await db(), [originPattern(data.origin)]);
      return sites.includes(data.origin);
    }),
  );
}
