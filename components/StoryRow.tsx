import { formatDateTime } from '../utils/format/time';
import { relativeTime } from './relative-time';
import { i18n } from '#i18n';
import { formatCount } from '../utils/format/plural';
import { safeHref } from '../utils/format/urls';
import type { MatchResult } from '../utils/types';
import { whyLine } from './why-line';
import { isFromSearch } from '../utils/search/providers';

/** A link to a story in a new tab, or its title as text when the URL is not http(s). */
function StoryLink({ url, title, className }: { url: string; title: string; className: string }) {
  const href = safeHref(url);
  return href ? (
    <a className={className} href={href} target="_blank" rel="noopener noreferrer">
      {title}
    </a>
  ) : (
    <span className={className}>{title}</span>
  );
}

/**
 * One related story: its title as a link (new tab), outlet, how long ago, why it matched, and the other
 * outlets that carried the same report behind a "+N outlets" disclosure.
 */
export function StoryRow({ match, now }: { match: MatchResult; now: number }) {
  const { story } = match;
  const when = story.dateIsFetchTime
    ? i18n.t('context.seenAgo', [relativeTime(story.published, now)])
    : relativeTime(story.published, now);
  const others = match.alsoReportedBy ?? [];
  const why = whyLine(match.why);
  return (
    <li className="story">
      <StoryLink className="story-title" url={story.url} title={story.title} />
      <div className="story-meta">
        <span className="story-outlet">{story.outlet}</span>
        <span aria-hidden="true"> · </span>
        <time dateTime={new Date(story.published).toISOString()} title={formatDateTime(story.published)}>
          {when}
        </time>
        {isFromSearch(story) && (
          <span className="story-from-search" title={i18n.t('context.fromSearchTitle')}>
            {i18n.t('context.fromSearch')}
          </span>
        )}
      </div>
      {why && <div className="story-why">{why}</div>}
      {others.length > 0 && (
        <details className="story-copies">
          <summary>{i18n.t('context.alsoOutlets', others.length, [formatCount(others.length)])}</summary>
          <ul>
            {others.map((o) => (
              <li key={o.url}>
                <StoryLink className="story-copy" url={o.url} title={o.title} />{' '}
                <span className="story-outlet">{o.outlet}</span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </li>
  );
}
