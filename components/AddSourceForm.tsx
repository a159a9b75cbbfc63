import { useId, useState, type FormEvent } from 'react';
import { i18n } from '#i18n';
import type { FeedChoice } from '../utils/messages';
import { FeedChoices, type ChoiceOutcome } from './FeedChoices';
import { ErrorLine, Notice } from './Feedback';

/**
 * What the form reports after an attempt: added (with a message), feeds found on a site to choose from, or
 * an error sentence.
 */
export type AddOutcome = { ok: true; message: string; choices?: FeedChoice[] } | { ok: false; error: string };

/**
 * The **Feed URL** field and **Add source** button. It takes a feed's address or a site's: when a site has
 * several feeds they are listed to choose from. The input is kept when adding fails, so nothing the user
 * typed is lost; the error says what happened and what to do.
 */
export function AddSourceForm({
  onAdd,
  onChoose,
  knownFeeds,
}: {
  onAdd: (url: string) => Promise<AddOutcome>;
  onChoose: (feed: FeedChoice) => Promise<ChoiceOutcome>;
  /** Keys (feedKey) of the current sources, to mark found feeds already added. */
  knownFeeds?: ReadonlySet<string>;
}) {
  const [url, setUrl] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<AddOutcome | null>(null);
  const inputId = useId();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setOutcome(null);
    const result = await onAdd(url);
    setBusy(false);
    setOutcome(result);
    if (result.ok && !result.choices) setUrl('');
  };
  return (
    <form className="add-source" onSubmit={(e) => void submit(e)}>
      <label htmlFor={inputId}>{i18n.t('options.feedUrl')}</label>
      <div className="row">
        <input
          id={inputId}
          // Text, not type="url": "example.com" without https:// is fine here (parseFeedUrl adds it).
          type="text"
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          placeholder={i18n.t('options.feedUrlPlaceholder')}
          value={url}
          onChange={(e) => setUrl(e.target.value)}
          required
          disabled={busy}
        />
        <button type="submit" className="primary" disabled={busy}>
          {busy ? i18n.t('options.adding') : i18n.t('options.addSource')}
        </button>
      </div>
      {outcome &&
        (outcome.ok ? (
          <>
            <Notice>{outcome.message}</Notice>
            {outcome.choices && (
              <FeedChoices key={outcome.message} feeds={outcome.choices} onChoose={onChoose} knownFeeds={knownFeeds} />
            )}
          </>
        ) : (
          <ErrorLine>{outcome.error}</ErrorLine>
        ))}
    </form>
  );
}
