/**
 * What others add: sentences from the other reports of the event that carry names or numbers the article does
 * not mention, each quoted with its outlet. The same new facts in several outlets are shown once.
 */
import { extractNames, extractNumbers } from '../match/entities';
import { quoteOf, type Doc } from './corpus';
import { contextTokens } from './text';
import type { AddedFact } from './types';

export const OTHERS_ADD_LIMIT = 5;

/** Sentences of `reports` with facts `article` lacks, most facts first. */
export function othersAdd(article: Doc, reports: readonly Doc[]): AddedFact[] {
  const articleText = article.sentences.map((s) => s.text).join('\n');
  const articleWords = new Set(article.sentences.flatMap((s) => s.keys));
  const articleNumbers = extractNumbers(articleText);
  const numberKeys = new Set(articleNumbers.map((n) => n.key));
  const numberValues = new Set(articleNumbers.map((n) => n.value));

  const found: (AddedFact & { score: number; order: number })[] = [];
  const bySignature = new Map<string, AddedFact>();
  for (const doc of reports) {
    for (const sentence of doc.sentences) {
      const names = extractNames(sentence.text)
        .filter((n) => !contextTokens(n.text).every((t) => articleWords.has(t.key)))
        .map((n) => n.text);
      const numbers = extractNumbers(sentence.text)
        .filter((n) => !numberKeys.has(n.key) && !numberValues.has(n.value))
        .map((n) => n.text);
      const adds = [...new Set([...names, ...numbers])];
      if (adds.length === 0) continue;
      const signature = [...adds]
        .map((a) => a.toLowerCase())
        .sort()
        .join('|');
      const seen = bySignature.get(signature);
      if (seen) {
        if (seen.quote.outlet !== doc.outlet && !seen.alsoIn.includes(doc.outlet)) seen.alsoIn.push(doc.outlet);
        continue;
      }
      const fact = { quote: quoteOf(sentence), adds, alsoIn: [], score: adds.length, order: found.length };
      bySignature.set(signature, fact);
      found.push(fact);
    }
  }
  return found
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, OTHERS_ADD_LIMIT)
    .map(({ quote, adds, alsoIn }) => ({ quote, adds, alsoIn }));
}
