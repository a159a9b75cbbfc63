import type { RefreshStatus } from '../utils/messages';
import { i18n } from '#i18n';
import { formatCount } from '../utils/format/plural';
import { relativeTime } from './relative-time';

/** A refresh in progress: how many sources are done, as a bar and in words. Nothing when idle. */
export function RefreshProgress({ status }: { status: RefreshStatus | null }) {
  const run = status?.run;
  if (!run?.active) return null;
  const what = run.reason === 'import' ? i18n.t('refresh.fetchingImported') : i18n.t('refresh.refreshing');
  const done = formatCount(run.done);
  const total = formatCount(run.total);
  return (
    <div className="refresh-progress">
      <progress max={Math.max(1, run.total)} value={run.done} aria-label={i18n.t('refresh.progressLabel')} />
      <span>
        {run.failed > 0
          ? i18n.t('refresh.progressFailed', [what, done, total, formatCount(run.failed)])
          : i18n.t('refresh.progress', [what, done, total])}
      </span>
    </div>
  );
}

/** A banner when sources failed at their last refresh; the list below says why for each. */
export function FailureBanner({ status }: { status: RefreshStatus | null }) {
  if (!status || status.failing === 0) return null;
  return (
    <p className="banner" role="status">
      {status.failing === 1
        ? i18n.t('refresh.failingOne')
        : i18n.t('refresh.failingMany', [formatCount(status.failing), formatCount(status.sourceCount)])}
    </p>
  );
}

/** A warning when the browser refused a write for lack of space: what happened and how to make room. */
export function StorageFullBanner({ status }: { status: RefreshStatus | null }) {
  const full = status?.storageFull;
  if (!full) return null;
  const what = {
    stories: i18n.t('storageFull.stories'),
    change: i18n.t('storageFull.change'),
    pruning: i18n.t('storageFull.pruning'),
    index: i18n.t('storageFull.index'),
  }[full.during];
  return (
    <p className="banner storage-full" role="alert">
      {i18n.t('storageFull.message', [what, relativeTime(full.at, Date.now())])}
    </p>
  );
}
