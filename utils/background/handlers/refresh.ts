import { timed } from '../timing';
import { onRequest } from './on-request';
import { attempt } from './attempt';
import type { HandlerDeps } from './deps';

/** Handlers for fetching the feeds now and watching the progress of a run. */
export function registerRefreshHandlers({ refresh }: HandlerDeps): void {
  onRequest('startRefresh', () =>
    attempt('refreshSources', async () => (await refresh.refreshAll(), refresh.status())),
  );
  onRequest('getRefreshStatus', () => attempt('readRefreshStatus', () => timed('refresh-status', refresh.status)));
}
