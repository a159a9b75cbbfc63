import type { BatchProgress } from '../utils/catalogue/onboarding';
import { plural } from '../utils/format/plural';

/** What the first fetch came to, in words, once every source has been tried. */
export function firstFetchOutcome({ total, failed, items }: BatchProgress): string {
  const answered = total - failed;
  const stories = plural(items, 'story', 'stories');
  if (failed === 0) return `Done: ${total === 1 ? 'the source' : `all ${total} sources`} answered, with ${stories}.`;
  if (answered === 0) {
    return `Done, but ${total === 1 ? 'the source' : `none of the ${total} sources`} could be reached. Each one's reason is listed under Your sources; check your connection, then click Refresh now (Sidelight also tries again every 30 minutes).`;
  }
  return `Done: ${answered} of ${total} sources answered, with ${stories}. ${plural(failed, 'source', 'sources')} could not be reached: the reasons are listed under Your sources, and Sidelight tries again at the next refresh.`;
}

/** The first fetch of newly added sources: a progress bar, "n of m fetched", and the outcome once it is done. */
export function FirstFetchProgress({ progress }: { progress: BatchProgress }) {
  const { done, total } = progress;
  return (
    <div className="first-fetch">
      <div className="first-fetch-row">
        <progress aria-label="First fetch of your new sources" value={done} max={Math.max(total, 1)} />
        <span className="first-fetch-count">
          {done} of {total} fetched
        </span>
      </div>
      <p className="first-fetch-words" aria-live="polite">
        {done >= total
          ? firstFetchOutcome(progress)
          : 'Fetching each feed once, four at a time. This carries on if you close the page.'}
      </p>
    </div>
  );
}
