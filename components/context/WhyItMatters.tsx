import type { Quote } from '../../utils/context/types';
import { i18n } from '#i18n';
import { QuoteLink, type ShowQuote } from './QuoteLink';

/** The article's own "Why it matters" passage, quoted at the top of the context. */
export function WhyItMatters({ quote, onShowQuote }: { quote: Quote; onShowQuote?: ShowQuote }) {
  return (
    <section className="why-it-matters" aria-labelledby="section-why">
      <h2 id="section-why">{i18n.t('context.whyItMatters')}</h2>
      <QuoteLink quote={quote} onShowQuote={onShowQuote} />
    </section>
  );
}
