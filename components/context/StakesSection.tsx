import type { StoryContext } from '../../utils/context/types';
import { i18n } from '#i18n';
import { StakeCard } from './StakeCard';
import { QuoteLink, type ShowQuote } from './QuoteLink';
import { dateTimeFormat } from '../../utils/format/formatters';

const asOf = (iso: string) =>
  dateTimeFormat(undefined, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );

/** Why no card is shown, in words: a sports report, a language Sidelight does not read, or no actor at all. */
const quietText = (quiet: NonNullable<StoryContext['quiet']> | 'none') =>
  quiet === 'sports'
    ? i18n.t('stakes.quietSports')
    : quiet === 'language'
      ? i18n.t('stakes.quietLanguage')
      : i18n.t('stakes.quietNone');

/**
 * "Stakes": one card per actor with a stake, whose story it is first and open, then a compact "Also at stake"
 * list; when no actor has a stake, a plain line saying so.
 */
export function StakesSection(props: {
  context: StoryContext;
  now: number;
  onShowQuote?: ShowQuote;
  onOpenOptions: () => void;
}) {
  const { context } = props;
  const also = context.alsoAtStake ?? [];
  const named = context.stakes.some((c) => c.people.length > 0);
  const anyFocal = context.stakes.some((c) => c.focal);
  if (context.stakes.length === 0 && also.length === 0) {
    return (
      <section className="section" aria-labelledby="section-stakes">
        <h2 id="section-stakes">{i18n.t('stakes.heading')}</h2>
        <p className="empty">{quietText(context.quiet ?? 'none')}</p>
      </section>
    );
  }
  return (
    <section className="section" aria-labelledby="section-stakes">
      <h2 id="section-stakes">{i18n.t('stakes.heading')}</h2>
      <p className="section-hint">{i18n.t('stakes.hint')}</p>
      {context.stakes.map((card, i) => (
        <StakeCard
          key={card.actor}
          card={card}
          open={anyFocal ? card.focal : i === 0}
          now={props.now}
          onShowQuote={props.onShowQuote}
        />
      ))}
      {also.length > 0 && (
        <div className="also-at-stake">
          <h3>{i18n.t('stakes.alsoAtStake')}</h3>
          <ul>
            {also.map((a) => (
              <li key={a.actor}>
                <strong>{a.name.replace(/^the /, '')}</strong>:{' '}
                <QuoteLink
                  quote={{ ...a.quote, text: a.line }}
                  onShowQuote={props.onShowQuote ? () => props.onShowQuote?.(a.quote) : undefined}
                />
              </li>
            ))}
          </ul>
        </div>
      )}
      <p className="footnote">
        {named
          ? i18n.t('stakes.peopleMatched', [asOf(context.leadersAsOf)])
          : i18n.t('stakes.leadersRecognised', [asOf(context.leadersAsOf)])}
        {context.leadersCorrected ? i18n.t('stakes.withCorrections') : ''}.{' '}
        <button type="button" className="link-button" onClick={props.onOpenOptions}>
          {i18n.t('stakes.correctOrPin')}
        </button>
      </p>
    </section>
  );
}
