import type { AddedFact } from '../../utils/context/types';
import { i18n } from '#i18n';
import { QuoteLink, QuoteSource } from './QuoteLink';

/** "What others add": sentences from other reports with names or numbers this article lacks. */
export function OthersAddSection({ facts, reports }: { facts: AddedFact[]; reports: number }) {
  if (reports === 0) return null;
  return (
    <section className="section" aria-labelledby="section-others-add">
      <h2 id="section-others-add">{i18n.t('othersAdd.heading')}</h2>
      {facts.length === 0 ? (
        <p className="empty">{i18n.t('othersAdd.empty')}</p>
      ) : (
        <ul className="relations">
          {facts.map((f) => (
            <li key={f.quote.text}>
              <QuoteLink quote={f.quote} emphasis={f.adds} />
              <QuoteSource quote={f.quote} />
              {f.alsoIn.length > 0 && (
                <span className="muted"> · {i18n.t('othersAdd.also', [f.alsoIn.join(', ')])}</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
