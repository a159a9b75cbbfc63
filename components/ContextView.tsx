import type { TabContext } from '../utils/messages';
import { i18n } from '#i18n';
import { counted } from './counted';
import { relativeTime } from './relative-time';
import { hostOf } from '../utils/format/urls';
import { storyKind } from '../utils/match/story-kind';
import { StorySection } from './StorySection';
import { CoverageSection } from './context/CoverageSection';
import { OthersAddSection } from './context/OthersAddSection';
import type { ShowQuote } from './context/QuoteLink';
import { StakesSection } from './context/StakesSection';
import { TagList } from './context/TagList';
import { TimelineSection } from './context/TimelineSection';
import { WhyItMatters } from './context/WhyItMatters';
import { say } from './said';
import { AfterFirstFrame } from './AfterFirstFrame';

/** What a context view is showing: still working, failed, or the background's answer. */
export type ContextState =
  { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; context: TabContext };

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
  progressive = false,
}: {
  state: ContextState;
  onOpenOptions: () => void;
  /** "Add sources" when there are none (the popup opens the welcome step); defaults to the options page. */
  onAddSources?: () => void;
  now: number;
  onShowQuote?: ShowQuote;
  /** Paint the article and Same story first and the sections below them right after (popup, sidebar). */
  progressive?: boolean;
}) {
  if (state.status === 'loading') {
    return (
      <>
        <div className="state" role="status">
          <div className="spinner" aria-hidden="true" />
          {i18n.t('context.loading')}
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
        <strong>{i18n.t('context.errorLead')}</strong> {state.message}
      </div>
    );
  }
  const { context } = state;
  if (context.state === 'no-sources') {
    return (
      <div className="state">
        <h2>{i18n.t('context.noSourcesHeading')}</h2>
        <p>{i18n.t('context.noSourcesText')}</p>
        <button type="button" className="primary" onClick={onAddSources}>
          {i18n.t('context.addSources')}
        </button>
      </div>
    );
  }
  if (context.state === 'not-article') {
    return (
      <div className="state">
        <h2>{i18n.t('context.notArticleHeading')}</h2>
        <p>{context.reason.code === 'page.notArticle' ? i18n.t('context.notArticleText') : say(context.reason)}</p>
      </div>
    );
  }
  const { article, same, related, context: extra } = context;
  const published = article.publishedTime ? Date.parse(article.publishedTime) : NaN;
  // A live page or a briefing gathers many events: no single report is its same story (story-kind.ts), so say
  // why Same story is empty rather than that nobody has reported it.
  const roundup = storyKind(article.title) === 'roundup';
  return (
    <>
      <header className="article">
        <p className="article-outlet">
          {article.siteName || hostOf(article.url)}
          {Number.isFinite(published) && <> · {relativeTime(published, now)}</>}
        </p>
        <h1 className="article-title">{article.title}</h1>
        {extra && <TagList tags={extra.tags} />}
      </header>
      {extra?.whyItMatters && <WhyItMatters quote={extra.whyItMatters} onShowQuote={onShowQuote} />}
      {same.length === 0 && related.length === 0 && (
        <p className="nothing" role="status">
          {i18n.t('context.nothingRelated', [
            counted('count.stories', context.storyCount),
            counted('count.sources', context.sourceCount),
          ])}
        </p>
      )}
      <StorySection
        id="section-same-story"
        title={i18n.t('context.sameHeading')}
        hint={i18n.t('context.sameHint')}
        matches={same}
        empty={roundup ? i18n.t('context.sameEmptyRoundup') : i18n.t('context.sameEmpty')}
        now={now}
      />
      {/* Below the fold: rendered right after the first frame, which shows the article and Same story. */}
      <AfterFirstFrame when={progressive}>
        {extra && <StakesSection context={extra} now={now} onShowQuote={onShowQuote} onOpenOptions={onOpenOptions} />}
        <StorySection
          id="section-related-background"
          title={i18n.t('context.relatedHeading')}
          hint={i18n.t('context.relatedHint')}
          matches={related}
          empty={i18n.t('context.relatedEmpty')}
          now={now}
        />
        {extra && (
          <>
            <TimelineSection entries={extra.timeline} />
            <CoverageSection
              coverage={extra.coverage}
              articleOutlet={article.siteName || hostOf(article.url)}
              roundup={roundup}
            />
            <OthersAddSection facts={extra.othersAdd} reports={extra.coverage.reports} />
          </>
        )}
      </AfterFirstFrame>
    </>
  );
}
