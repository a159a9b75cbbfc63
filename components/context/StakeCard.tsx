import { useId, useState } from 'react';
import { i18n } from '#i18n';
import { inRunningText, possessiveInText } from '../../utils/context/possessive';
import type { RelationKind, StakeCard as Card, StakeCue } from '../../utils/context/types';
import { relativeTime } from '../relative-time';
import { safeHref } from '../../utils/format/urls';
import { counted } from '../counted';
import { QuoteLink, QuoteSource, type ShowQuote } from './QuoteLink';

// Functions, not tables of strings: i18n.t reads the browser's messages when called, and each key stays a literal.
const cueLabel = (cue: StakeCue): string =>
  ({
    acts: () => i18n.t('stakes.cue.acts'),
    says: () => i18n.t('stakes.cue.says'),
    wants: () => i18n.t('stakes.cue.wants'),
    fears: () => i18n.t('stakes.cue.fears'),
    gains: () => i18n.t('stakes.cue.gains'),
    security: () => i18n.t('stakes.cue.security'),
  })[cue]();
const relationLabel = (kind: RelationKind): string =>
  ({
    support: () => i18n.t('stakes.relation.support'),
    conflict: () => i18n.t('stakes.relation.conflict'),
    trade: () => i18n.t('stakes.relation.trade'),
    diplomacy: () => i18n.t('stakes.relation.diplomacy'),
    mentioned: () => i18n.t('stakes.relation.mentioned'),
  })[kind]();
const SHOWN_AT_FIRST = 3;

/** A card "<Actor>'s stake": what the article quotes of it, its relations, its own outlets, its background. */
export function StakeCard({
  card,
  open: initiallyOpen,
  now,
  onShowQuote,
}: {
  card: Card;
  open: boolean;
  now: number;
  onShowQuote?: ShowQuote;
}) {
  const [open, setOpen] = useState(initiallyOpen);
  const [all, setAll] = useState(false);
  const id = useId();
  const sentences = all ? card.inArticle : card.inArticle.slice(0, SHOWN_AT_FIRST);
  const hidden = card.inArticle.length - sentences.length;
  const place = inRunningText(card.name);
  return (
    <article className={`stake-card${open ? ' open' : ''}`} aria-labelledby={`${id}-h`}>
      <h3 className="stake-heading" id={`${id}-h`}>
        <button type="button" aria-expanded={open} aria-controls={`${id}-body`} onClick={() => setOpen(!open)}>
          <span className="chevron" aria-hidden="true">
            {open ? '▾' : '▸'}
          </span>
          {i18n.t('stakes.cardHeading', [card.possessive])}
        </button>
      </h3>
      {card.line && (
        <p className="stake-line" title={i18n.t('stakes.cardLineTitle')}>
          {card.line}
        </p>
      )}
      <p className="stake-meta">
        {card.articleMentions > 0
          ? i18n.t('stakes.inSentencesHere', [counted('count.sentences', card.articleMentions)])
          : i18n.t('stakes.notNamed')}
        {card.coverageMentions > 0 && `, ${counted('count.otherStories', card.coverageMentions)}`}
        {card.namedAs.length > 0 && ` · ${i18n.t('stakes.asNamed', [card.namedAs.join(', ')])}`}
        {card.pinned && <span className="badge">{i18n.t('stakes.pinned')}</span>}
      </p>
      <div id={`${id}-body`} hidden={!open}>
        {card.people.length > 0 && (
          <p className="stake-people">
            {card.people.map((p, i) => (
              <span key={p.name}>
                {i > 0 && '; '}
                <strong>{p.name}</strong>, {p.role.toLowerCase()}
              </span>
            ))}
          </p>
        )}
        <h4>{i18n.t('stakes.inThisArticle')}</h4>
        {card.inArticle.length === 0 ? (
          <p className="empty">
            {card.articleMentions === 0
              ? i18n.t('stakes.notMentioned', [place])
              : i18n.t('stakes.namedNoSentence', [place])}
          </p>
        ) : (
          <ol className="quotes">
            {sentences.map((s) => (
              <li key={s.quote.text}>
                <QuoteLink quote={s.quote} emphasis={s.named} onShowQuote={onShowQuote} />
                {s.cues.length > 0 && <span className="cues">{s.cues.slice(0, 3).map(cueLabel).join(' · ')}</span>}
              </li>
            ))}
          </ol>
        )}
        {hidden > 0 && (
          <button type="button" className="link-button" onClick={() => setAll(true)}>
            {i18n.t('stakes.showMore', [counted('count.moreSentences', hidden)])}
          </button>
        )}
        {card.relations.length > 0 && (
          <>
            <h4>{i18n.t('stakes.relations')}</h4>
            <ul className="relations">
              {card.relations.map((r) => (
                <li key={r.actor}>
                  <span className="relation-head">
                    <strong>{r.name}</strong>{' '}
                    <span className={`relation relation-${r.kind}`}>{relationLabel(r.kind)}</span>{' '}
                    <span className="muted">{i18n.t('stakes.together', [counted('count.sentences', r.together)])}</span>
                  </span>
                  <QuoteLink quote={r.evidence} onShowQuote={onShowQuote} />
                  <QuoteSource quote={r.evidence} />
                </li>
              ))}
            </ul>
          </>
        )}
        {card.ownOutlets && (
          <>
            <h4>{i18n.t('stakes.ownMedia', [possessiveInText(card.name)])}</h4>
            {card.ownOutlets.stories.length === 0 ? (
              <p className="empty">
                {card.ownOutlets.sourcesFromCountry === 0
                  ? i18n.t('stakes.noOwnOutletNoSource', [place])
                  : i18n.t('stakes.noOwnOutlet', [place])}
              </p>
            ) : (
              <ul className="relations">
                {card.ownOutlets.stories.map((o) => (
                  <li key={o.story.url}>
                    <span className="relation-head">
                      <strong>{o.story.outlet}</strong>
                      {o.stateAffiliated && (
                        <span className="badge badge-state">{i18n.t('stakes.stateAffiliated')}</span>
                      )}
                    </span>
                    <QuoteLink quote={o.quote} />
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
        {card.background.length > 0 && (
          <>
            <h4>{i18n.t('stakes.background')}</h4>
            <ul className="mini-stories">
              {card.background.map((b) => (
                <li key={b.url}>
                  <a href={safeHref(b.url) ?? undefined} target="_blank" rel="noopener noreferrer">
                    {b.title}
                  </a>{' '}
                  <span className="muted">
                    {b.outlet} · {relativeTime(b.published, now)}
                  </span>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </article>
  );
}
