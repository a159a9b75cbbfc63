import { formatDateTime, formatRelativeTime, safeHref } from '../utils/format';
import type { MatchResult } from '../utils/types';
import { isFromSearch } from '../utils/search/providers';

/** One related story: its title as a link (new tab), outlet, how long ago, and why it matched. */
export function StoryRow({ match, now }: { match: MatchResult; now: number }) {
  const { story } = match;
  const href = safeHref(story.url);
  const when = story.dateIsFetchTime ? `seen ${formatRelativeTime(story.published, now)}` : formatRelativeTime(story.published, now);
  return (
    <li className="story">
      {href ? (
        <a className="story-title" href={href} target="_blank" rel="noopener noreferrer">
          {story.title}
        </a>
      ) : (
        <span className="story-title">{story.title}</span>
      )}
      <div className="story-meta">
        <span className="story-outlet">{story.outlet}</span>
        <span aria-hidden="true"> · </span>
        <time dateTime={new Date(story.published).toISOString()} title={formatDateTime(story.published)}>
          {when}
        </time>
        {isFromSearch(story) && (
          <span className="story-from-search" title="Found by Find more coverage, not in your own feeds">
            from search
          </span>
        )}
      </div>
      {match.why && <div className="story-why">{match.why}</div>}
    </li>
  );
}
