import type { StoryContext } from '../../utils/context/types';
import { StakeCard } from './StakeCard';
import { QuoteLink, type ShowQuote } from './QuoteLink';

const asOf = (iso: string) => new Date(`${iso}T00:00:00Z`).toLocaleDateString(undefined, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** Why no card is shown, in words: a sports report, a language Sidelight does not read, or no actor at all. */
const QUIET_TEXT: Record<NonNullable<StoryContext['quiet']> | 'none', string> = {
  sports: 'Nothing is at stake for a state here: this is a sports report, and the countries in it are teams.',
  language: 'Sidelight reads actors in English, French, Spanish, German, Portuguese, Italian, Chinese and Japanese, not in this page’s language, so it shows no stake card rather than guess.',
  none: 'Nothing is at stake for a country or international body in this article: none is named acting, speaking or being acted on.',
};

/**
 * "Stakes": one card per actor with a stake, whose story it is first and open, then a compact "Also at stake"
 * list; when no actor has a stake, a plain line saying so.
 */
export function StakesSection(props: { context: StoryContext; now: number; onShowQuote?: ShowQuote; onOpenOptions: () => void }) {
  const { context } = props;
  const also = context.alsoAtStake ?? [];
  const named = context.stakes.some((c) => c.people.length > 0);
  const anyFocal = context.stakes.some((c) => c.focal);
  if (context.stakes.length === 0 && also.length === 0) {
    return (
      <section className="section" aria-labelledby="section-stakes">
        <h2 id="section-stakes">Stakes</h2>
        <p className="empty">{QUIET_TEXT[context.quiet ?? 'none']}</p>
      </section>
    );
  }
  return (
    <section className="section" aria-labelledby="section-stakes">
      <h2 id="section-stakes">Stakes</h2>
      <p className="section-hint">Who has a stake in this story, in the article&apos;s own words. Click a sentence to see it in the page.</p>
      {context.stakes.map((card, i) => (
        <StakeCard key={card.actor} card={card} open={anyFocal ? card.focal : i === 0} now={props.now} onShowQuote={props.onShowQuote} />
      ))}
      {also.length > 0 && (
        <div className="also-at-stake">
          <h3>Also at stake</h3>
          <ul>
            {also.map((a) => (
              <li key={a.actor}>
                <strong>{a.name.replace(/^the /, '')}</strong>: <QuoteLink quote={{ ...a.quote, text: a.line }} onShowQuote={props.onShowQuote ? () => props.onShowQuote?.(a.quote) : undefined} />
              </li>
            ))}
          </ul>
        </div>
      )}
      <p className="footnote">
        {named ? 'People are matched' : 'Leaders are recognised'} from Sidelight&apos;s list as of {asOf(context.leadersAsOf)}
        {context.leadersCorrected ? ', with your corrections' : ''}.{' '}
        <button type="button" className="link-button" onClick={props.onOpenOptions}>
          Correct or pin actors
        </button>
      </p>
    </section>
  );
}
