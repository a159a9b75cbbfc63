import type { BatchProgress } from '../utils/catalogue/onboarding';
import { i18n } from '#i18n';
import { formatCount } from '../utils/format/plural';
import { counted } from './counted';

/** What the first fetch came to, in words, once every source has been tried. */
export function firstFetchOutcome({ total, failed, items }: BatchProgress): string {
  const answered = total - failed;
  const stories = counted('count.stories', items);
  if (failed === 0)
    return total === 1
      ? i18n.t('firstFetch.allAnsweredOne', [stories])
      : i18n.t('firstFetch.allAnsweredMany', [formatCount(total), stories]);
  if (answered === 0)
    return total === 1 ? i18n.t('firstFetch.noneOne') : i18n.t('firstFetch.noneMany', [formatCount(total)]);
  return i18n.t('firstFetch.some', [
    formatCount(answered),
    formatCount(total),
    stories,
    counted('count.sources', failed),
  ]);
}

/** The first fetch of newly added sources: a progress bar, "n of m fetched", and the outcome once it is done. */
export function FirstFetchProgress({ progress }: { progress: BatchProgress }) {
  const { done, total } = progress;
  return (
    <div className="first-fetch">
      <div className="first-fetch-row">
        <progress aria-label={i18n.t('firstFetch.label')} value={done} max={Math.max(total, 1)} />
        <span className="first-fetch-count">{i18n.t('firstFetch.count', [formatCount(done), formatCount(total)])}</span>
      </div>
      <p className="first-fetch-words" aria-live="polite">
        {done >= total ? firstFetchOutcome(progress) : i18n.t('firstFetch.working')}
      </p>
    </div>
  );
}
