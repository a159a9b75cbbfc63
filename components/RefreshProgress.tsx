import type { RefreshStatus } from '../utils/messages';

/** A refresh in progress: how many sources are done, as a bar and in words. Nothing when idle. */
export function RefreshProgress({ status }: { status: RefreshStatus | null }) {
  const run = status?.run;
  if (!run?.active) return null;
  const what = run.reason === 'import' ? 'Fetching imported sources' : 'Refreshing sources';
  return (
    <div className="refresh-progress">
      <progress max={Math.max(1, run.total)} value={run.done} aria-label="Refresh progress" />
      <span>
        {what}: {run.done} of {run.total} done{run.failed > 0 ? `, ${run.failed} failed` : ''}…
      </span>
    </div>
  );
}

/** A banner when sources failed at their last refresh; the list below says why for each. */
export function FailureBanner({ status }: { status: RefreshStatus | null }) {
  if (!status || status.failing === 0) return null;
  const count = status.failing === 1 ? '1 of your sources' : `${status.failing} of your ${status.sourceCount} sources`;
  return (
    <p className="banner" role="status">
      {count} failed at the last refresh; the reason is shown with each source below. A failing source is retried less and less often (at
      least daily) and recovers by itself once its feed works again.
    </p>
  );
}
