import type { TabContext } from '../utils/messages';
import { formatRelativeTime } from '../utils/format/time';
import { hostOf } from '../utils/format/urls';
import { StorySection } from './StorySection';
import { CoverageSection } from './context/CoverageSection';
import { OthersAddSection } from './context/OthersAddSection';
import type { ShowQuote } from './context/QuoteLink';
import { StakesSection } from './context/StakesSection';
import { TagList } from './context/TagList';
import { TimelineSection } from './context/TimelineSection';
import { WhyItMatters } from './context/WhyItMatters';
import { NOT_ARTICLE_REASON } from '../utils/extract/reasons';

/** What a context view is showing: still working, failed, or the background's answer. */
export type ContextState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; context: TabContext };

/**
 * The body shared by popup and sidebar: the article and its topic tags, "Why it matters" when the article has
 * it, then Same story, Stakes, Related background, Timeline, Coverage and What others add. `onShowQuote` shows a
 * quoted sentence in the page (without it, quotes are plain text-fragment links).
 */
export function ContextView({
  state,
  onOpenOptions,
  onAddSources = onOpenOptions,
  now,
  onShowQuote,
}: {
  state: ContextState;
  onOpenOptions: () => void;
  /** "Add sources" when there are none (the popup opens the welcome step); defaults to the options page. */
  onAddSources?: () => void;
  now: number;
  onShowQuote?: ShowQuote;
}) {
  if (state.status === 'loading') {
    return (
      <>
        <div className="state" role="status">
          <div className="spinner" aria-hidden="true" />
          Reading the article and looking through your sources…
        </div>
        {/* The shape of the answer to come, so nothing jumps when it arrives. */}
        <div className="skeleton" aria-hidden="true">
          <span className="skeleton-line skeleton-title" />
          <span className="skeleton-line skeleton-head" />
          {[0, 1, 2].map((i) => (
            <span key={i} className="skeleton-story">
              <span className="skeleton-line" />
              <span className="skeleton-line skeleton-short" />
            </span>
          ))}
        </div>
      </>
    );
  }
  if (state.status === 'error') {
    return (
      <div className="state state-error" role="alert">
        <strong>Something went wrong.</strong> {state.message}
      </div>
    );
  }
  const { context } = state;
  if (context.state === 'no-sources') {
    return (
      <div className="state">
        <h2>No sources yet</h2>
        <p>Sidelight compares this page with news feeds you choose. Add a feed or two to get started.</p>
        <button type="button" className="primary" onClick={onAddSources}>
          Add sources
        </button>
      </div>
    );
  }
  if (context.state === 'not-article') {
    return (
      <div className="state">
        <h2>This page doesn&apos;t look like a news article</h2>
        <p>{context.reason === NOT_ARTICLE_REASON ? 'Sidelight works on news stories. Open an article and click the Sidelight icon again.' : context.reason}</p>
      </div>
    );
  }
  const { article, same, related, context: extra } = context;
  const published = article.publishedTime ? Date.parse(article.publishedTime) : NaN;
  return (
    <>
      <header className="article">
        <p className="article-outlet">
          {article.siteName || hostOf(article.url)}
          {Number.isFinite(published) && <> · {formatRelativeTime(published, now)}</>}
        </p>
        <h1 className="article-title">{article.title}</h1>
        {extra && <TagList tags={extra.tags} />}
      </header>
      {extra?.whyItMatters && <WhyItMatters quote={extra.whyItMatters} onShowQuote={onShowQuote} />}
      {same.length === 0 && related.length === 0 && (
        <p className="nothing" role="status">
          Nothing related found among {context.storyCount} stories from your {context.sourceCount}{' '}
          {context.sourceCount === 1 ? 'source' : 'sources'}.
        </p>
      )}
      <StorySection
        title="Same story"
        hint="Other outlets' reports of this event."
        matches={same}
        empty="No other outlet in your sources has reported this event yet."
        now={now}
      />
      {extra && <StakesSection context={extra} now={now} onShowQuote={onShowQuote} onOpenOptions={onOpenOptions} />}
      <StorySection
        title="Related background"
        hint="Earlier and surrounding stories on the same subject."
        matches={related}
        empty="No background stories found."
        now={now}
      />
      {extra && (
        <>
          <TimelineSection entries={extra.timeline} />
          <CoverageSection coverage={extra.coverage} articleOutlet={article.siteName || hostOf(article.url)} />
          <OthersAddSection facts={extra.othersAdd} reports={extra.coverage.reports} />
        </>
      )}
    </>
  );
}
