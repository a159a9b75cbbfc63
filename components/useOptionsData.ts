import { useCallback, useEffect, useState } from 'react';
import type { RefreshStatus, Result, SourceView } from '../utils/messages';
import { say } from './said';

/** Polling while something is being fetched, so the list shows progress. */
const BUSY_POLL_MS = 1000;
/** Polling otherwise, so scheduled refreshes, errors and "next refresh" times stay current. */
const IDLE_POLL_MS = 30_000;

/**
 * The options page's view of the background: sources and refresh status, re-read after every change and
 * polled (fast while a refresh runs). Polling also wakes a worker the browser stopped, which then carries on
 * with an unfinished refresh.
 */
export function useOptionsData(
  api: { listSources(): Promise<Result<SourceView[]>>; getRefreshStatus(): Promise<Result<RefreshStatus>> },
  busyHint: boolean,
) {
  const [sources, setSources] = useState<SourceView[] | null>(null);
  const [status, setStatus] = useState<RefreshStatus | null>(null);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(async () => {
    // Each shown as it comes: the list of sources need not wait for the status, which counts every story.
    const [list, refresh] = await Promise.all([
      api.listSources().then((r) => (r.ok && setSources(r.value), r)),
      api.getRefreshStatus().then((r) => (r.ok && setStatus(r.value), r)),
    ]);
    const problem = !list.ok ? say(list.error) : !refresh.ok ? say(refresh.error) : null;
    setError(problem);
  }, [api]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const busy = busyHint || status?.run?.active === true || (sources ?? []).some((s) => s.refreshing);
  useEffect(() => {
    const timer = setInterval(() => void reload(), busy ? BUSY_POLL_MS : IDLE_POLL_MS);
    return () => clearInterval(timer);
  }, [busy, reload]);

  return { sources, status, error, reload, busy };
}
