import type { AddedFact } from '../../utils/context/types';
import { QuoteLink, QuoteSource } from './QuoteLink';

/** "What others add": sentences from other reports with names or numbers this article lacks. */
export function OthersAddSection({ facts, reports }: { facts: AddedFact[]; reports: number }) {
  if (reports === 0) return null;
  return (
    <section className="section" aria-labelledby="section-others-add">
      <h2 id="section-others-add">What others add</h2>
      {facts.length === 0 ? (
        <p className="empty">The other reports name no person, place or number that this article leaves out.</p>
      ) : (
        <ul className="relations">
          {facts.map((f) => (
            <li key={f.quote.text}>
              <QuoteLink quote={f.quote} emphasis={f.adds} />
              <QuoteSource quote={f.quote} />
              {f.alsoIn.length > 0 && <span className="muted"> · also {f.alsoIn.join(', ')}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
