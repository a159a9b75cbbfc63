/**
 * The one line a stake card opens with: what is at stake for the actor, in the article's own words. It is the
 * clause of the card's best sentence that names the actor, trimmed to a readable length; every word is the
 * article's, in the article's order (an ellipsis marks where words were left out).
 */
import type { Sentence } from './corpus';
import { ownMentions } from './stakes';

const MAX_WORDS = 24;
const MIN_WORDS = 6;
/** Clause boundaries: semicolons, colons, dashes, and a comma before a conjunction that opens a new clause. */
const CLAUSE_RE =
  /\s*[;:—–]\s+|,\s+(?=(?:but|while|whereas|although|though|and|as|which|who|because|after|when|since|so)\s)/giu;

/** The line for `actor` from `sentence`, or null when it names the actor nowhere. */
export function stakeLine(sentence: Sentence, actor: string): string | null {
  const mention = ownMentions(sentence, actor).sort((a, b) => rank(b.role) - rank(a.role) || a.start - b.start)[0];
  if (!mention) return null;
  const text = sentence.text;
  // Clause spans around the mention.
  const cuts = [0];
  for (const m of text.matchAll(CLAUSE_RE)) cuts.push(m.index, m.index + m[0].length);
  cuts.push(text.length);
  const spans: [number, number][] = [];
  for (let i = 0; i + 1 < cuts.length; i += 2) spans.push([cuts[i] as number, cuts[i + 1] as number]);
  let at = spans.findIndex(([a, b]) => mention.start >= a && mention.start < b);
  if (at < 0) at = 0;
  let [from, to] = spans[at] as [number, number];
  // Too short alone ("China said"): take the next clause too, then the one before.
  if (words(text.slice(from, to)) < MIN_WORDS && spans[at + 1]) to = (spans[at + 1] as [number, number])[1];
  if (words(text.slice(from, to)) < MIN_WORDS && spans[at - 1]) from = (spans[at - 1] as [number, number])[0];
  // A quotation the mention stands inside ends the line where it closes ("…belongs to the Filipino people,” she
  // said); one that opens after the mention ("expressed “serious concern”.") is kept whole, never cut open.
  const close = insideQuotation(text.slice(from, mention.start)) ? text.slice(mention.end, to).search(/[”"]/u) : -1;
  if (close >= 0 && words(text.slice(from, mention.end + close)) >= MIN_WORDS) to = mention.end + close;
  // Long: end at the first comma past the mention that leaves a full line ("…at Reed Bank, a gas-rich stretch").
  if (words(text.slice(from, to)) > MAX_WORDS) {
    const comma = text.slice(mention.end, to).search(/,\s/u);
    if (comma >= 0 && words(text.slice(from, mention.end + comma)) >= MIN_WORDS) to = mention.end + comma;
  }
  let line = text.slice(from, to).trim();
  // Still long: keep the words from a little before the mention onwards.
  const all = line.split(/\s+/u);
  if (all.length > MAX_WORDS) {
    const before = text.slice(from, mention.start).trim().split(/\s+/u).filter(Boolean).length;
    const start = Math.max(0, Math.min(before - 3, all.length - MAX_WORDS));
    line = `${start > 0 ? '… ' : ''}${all.slice(start, start + MAX_WORDS).join(' ')} …`;
  }
  return line.replace(/^["“”'‘’(\s]+|[\s,;:"“”'‘’)]+$/gu, '').replace(/^(?:and|but|while|as|so)\s+/iu, '');
}

function rank(role: string): number {
  return role === 'agent' || role === 'official' ? 3 : role === 'affected' ? 2 : role === 'mention' ? 1 : 0;
}

/** Whether text ending here has a quotation open (curly marks by their last pair, straight ones by parity). */
function insideQuotation(before: string): boolean {
  if (before.lastIndexOf('“') > before.lastIndexOf('”')) return true;
  return (before.match(/"/gu)?.length ?? 0) % 2 === 1;
}

function words(s: string): number {
  return s.trim().split(/\s+/u).filter(Boolean).length;
}
