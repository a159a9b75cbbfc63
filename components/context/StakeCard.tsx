import { useId, useState } from 'react';
import { inRunningText, possessiveInText } from '../../utils/context/possessive';
import type { RelationKind, StakeCard as Card, StakeCue } from '../../utils/context/types';
import { formatRelativeTime } from '../../utils/format/time';
import { safeHref } from '../../utils/format/urls';
import { plural } from '../../utils/format/plural';
import { QuoteLink, QuoteSource, type ShowQuote } from './QuoteLink';

const CUE_LABEL: Record<StakeCue, string> = { acts: 'acts', says: 'says', wants: 'wants', fears: 'fears', gains: 'gains', security: 'security' };
const RELATION_LABEL: Record<RelationKind, string> = {
  support: 'support / alliance',
  conflict: 'conflict / threat',
  trade: 'trade / economy',
  diplomacy: 'diplomacy',
  mentioned: 'appears with',
};
const SHOWN_AT_FIRST = 3;


/** A card "<Actor>'s stake": what the article quotes of it, its relations, its own outlets, its background. */
export function StakeCard({ card, open: initiallyOpen, now, onShowQuote }: { card: Card; open: boolean; now: number; onShowQuote?: ShowQuote }) {
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
          <span className="chevron" aria-hidden="true">{open ? '▾' : '▸'}</span>
          {card.heading}
        </button>
      </h3>
      {card.line && (
        <p className="stake-line" title="What is at stake, in the article's own words">
          {card.line}
        </p>
      )}
      <p className="stake-meta">
        {card.articleMentions > 0 ? `In ${plural(card.articleMentions, 'sentence')} here` : 'Not named in this article'}
        {card.coverageMentions > 0 && `, ${plural(card.coverageMentions, 'other story', 'other stories')}`}
        {card.namedAs.length > 0 && ` · as ${card.namedAs.join(', ')}`}
        {card.pinned && <span className="badge">pinned</span>}
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
        <h4>In this article</h4>
        {card.inArticle.length === 0 ? (
          <p className="empty">{card.articleMentions === 0 ? `This article does not mention ${place}.` : `The article names ${place} but no sentence says what it does or wants.`}</p>
        ) : (
          <ol className="quotes">
            {sentences.map((s) => (
              <li key={s.quote.text}>
                <QuoteLink quote={s.quote} emphasis={s.named} onShowQuote={onShowQuote} />
                {s.cues.length > 0 && <span className="cues">{s.cues.slice(0, 3).map((c) => CUE_LABEL[c]).join(' · ')}</span>}
              </li>
            ))}
          </ol>
        )}
        {hidden > 0 && (
          <button type="button" className="link-button" onClick={() => setAll(true)}>
            Show {plural(hidden, 'more sentence')}
          </button>
        )}
        {card.relations.length > 0 && (
          <>
            <h4>Relations</h4>
            <ul className="relations">
              {card.relations.map((r) => (
                <li key={r.actor}>
                  <span className="relation-head">
                    <strong>{r.name}</strong> <span className={`relation relation-${r.kind}`}>{RELATION_LABEL[r.kind]}</span>{' '}
                    <span className="muted">({plural(r.together, 'sentence')} together)</span>
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
            <h4>What {possessiveInText(card.name)} media say</h4>
            {card.ownOutlets.stories.length === 0 ? (
              <p className="empty">
                No outlet from {place} in your sources has covered this
                {card.ownOutlets.sourcesFromCountry === 0 ? ` (none of your sources is from ${place})` : ''}.
              </p>
            ) : (
              <ul className="relations">
                {card.ownOutlets.stories.map((o) => (
                  <li key={o.story.url}>
                    <span className="relation-head">
                      <strong>{o.story.outlet}</strong>
                      {o.stateAffiliated && <span className="badge badge-state">state-affiliated</span>}
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
            <h4>Background</h4>
            <ul className="mini-stories">
              {card.background.map((b) => (
                <li key={b.url}>
                  <a href={safeHref(b.url) ?? undefined} target="_blank" rel="noopener noreferrer">
                    {b.title}
                  </a>{' '}
                  <span className="muted">
                    {b.outlet} · {formatRelativeTime(b.published, now)}
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
