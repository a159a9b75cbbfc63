import type { StoryContext } from '../../utils/context/types';
import { StakeCard } from './StakeCard';
import type { ShowQuote } from './QuoteLink';

const asOf = (iso: string) => new Date(`${iso}T00:00:00Z`).toLocaleDateString(undefined, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "Stakes": one card per actor the story is about (the first open), and where the people list comes from. */
export function StakesSection(props: { context: StoryContext; now: number; onShowQuote?: ShowQuote; onOpenOptions: () => void }) {
  const { context } = props;
  if (context.stakes.length === 0) return null;
  const named = context.stakes.some((c) => c.people.length > 0);
  return (
    <section className="section" aria-labelledby="section-stakes">
      <h2 id="section-stakes">Stakes</h2>
      <p className="section-hint">Who has a stake in this story, in the article&apos;s own words. Click a sentence to see it in the page.</p>
      {context.stakes.map((card, i) => (
        <StakeCard key={card.actor} card={card} open={i === 0} now={props.now} onShowQuote={props.onShowQuote} />
      ))}
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
