import { useState } from 'react';
import { i18n } from '#i18n';
import { feedKey } from '../utils/feeds/opml';
import type { FeedChoice } from '../utils/messages';
import { ErrorLine, Notice } from './Feedback';

/** What adding one chosen feed did. */
export type ChoiceOutcome = { ok: true; message: string } | { ok: false; error: string };

/**
 * The feeds found on a site, each with its own title, address and item count, and a button to add it.
 * Several can be added one after another; ones already added say so.
 */
export function FeedChoices({
  feeds,
  onChoose,
  knownFeeds,
}: {
  feeds: FeedChoice[];
  onChoose: (feed: FeedChoice) => Promise<ChoiceOutcome>;
  /** Keys (feedKey) of the current sources, so the list follows adds, imports and removals made since. */
  knownFeeds?: ReadonlySet<string>;
}) {
  const [state, setState] = useState<Record<string, 'adding' | 'added'>>({});
  const [outcome, setOutcome] = useState<ChoiceOutcome | null>(null);
  const choose = async (feed: FeedChoice) => {
    setState((s) => ({ ...s, [feed.url]: 'adding' }));
    setOutcome(null);
    const result = await onChoose(feed);
    setState((s) =>
      result.ok
        ? { ...s, [feed.url]: 'added' }
        : Object.fromEntries(Object.entries(s).filter(([url]) => url !== feed.url)),
    );
    setOutcome(result);
  };
  return (
    <div className="feed-choices" role="group" aria-label={i18n.t('feedChoices.label')}>
      {feeds.map((feed) => {
        const added = knownFeeds ? knownFeeds.has(feedKey(feed.url)) : feed.alreadyAdded || state[feed.url] === 'added';
        return (
          <div className="feed-choice" key={feed.url}>
            <div className="feed-choice-text">
              <strong>{feed.title}</strong>
              <span className="source-url">{feed.url}</span>
              <span className="source-stats">
                {feed.itemCount === null
                  ? 'on another site: checked when you add it'
                  : `${feed.itemCount} ${feed.itemCount === 1 ? 'item' : 'items'} now`}
              </span>
            </div>
            <button
              type="button"
              className={added ? 'secondary' : 'primary'}
              aria-label={
                added ? i18n.t('feedChoices.isYours', [feed.title]) : i18n.t('feedChoices.addFeed', [feed.title])
              }
              disabled={added || state[feed.url] === 'adding'}
              onClick={() => void choose(feed)}
            >
              {added
                ? i18n.t('feedChoices.added')
                : state[feed.url] === 'adding'
                  ? i18n.t('feedChoices.adding')
                  : i18n.t('feedChoices.add')}
            </button>
          </div>
        );
      })}
      {outcome && (outcome.ok ? <Notice>{outcome.message}</Notice> : <ErrorLine>{outcome.error}</ErrorLine>)}
    </div>
  );
}
