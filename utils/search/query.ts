/**
 * The words a live search sends: a few key names and terms of the article, picked by the matcher's own
 * analysis. Never the article's address, never its text: at most MAX_PARTS short words and phrases.
 */
import { extractNames, type NameMention } from '../match/entities';
import { terms, termOf, wordTokens } from '../match/tokenize';
import { FOREIGN_FUNCTION_WORDS } from './function-words';

/** The parts of an article a query is built from. */
export interface SearchableArticle {
  title: string;
  lead: string;
  text: string;
  /** The outlet's name: a name of the publisher says nothing about the event. */
  siteName?: string;
  /** The author: not part of the event either. */
  byline?: string | null;
}

/** A query ready to send, exactly as the user is shown it. */
export interface SearchQuery {
  /** Names and terms in the order sent; multi-word names keep their quotes (`"Reed Bank"`). */
  parts: string[];
  /** The parts joined by spaces: the text every provider receives. */
  text: string;
}

/** Enough words to pin down an event; few enough that "all of these words" still finds reports of it. */
export const MAX_PARTS = 5;
const MAX_NAMES = 3;
/** The opening of a long article says what it is about; the rest only changes counts. */
const MAX_TEXT_CHARS = 8_000;
/** Shorter words are initials or codes that search services reject or match everywhere. */
const MIN_PART_CHARS = 3;
const URL_LIKE = /\b(?:https?:\/\/|www\.)\S+|\S+@\S+\.\S+/gi;
const NUMBER_WORDS = new Set(
  'zero one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred hundreds thousand thousands million millions billion billions first second third'.split(
    ' ',
  ),
);

/** Removes addresses and e-mail addresses: a query must never carry a URL, even one quoted in the article. */
function withoutUrls(text: string): string {
  return text.replace(URL_LIKE, ' ');
}

/**
 * Keeps a part to letters, digits, spaces, hyphens, apostrophes and inner full stops, so nothing in it reads
 * as a search operator (`-word`, `site:`, `OR`, quotes, brackets).
 */
function cleanPart(raw: string): string {
  const words = raw
    .replace(/[^\p{L}\p{M}\p{N}\s'’.-]/gu, ' ')
    .split(/\s+/)
    .map((w) => w.replace(/^[-.'’]+|[-.'’]+$/g, ''))
    .filter((w) => w !== '')
    .map((w) => (/^(?:OR|AND|NOT)$/.test(w) ? w.toLowerCase() : w));
  return words.join(' ');
}

/** Index terms of a text, as a set, for "is this word already covered" checks. */
const termSet = (text: string): Set<string> => new Set(terms(text));

/** Words that may open or close a capitalised span without being part of the name ("Die Brücke", "Four China Coast Guard"). */
const isFiller = (word: string): boolean =>
  FOREIGN_FUNCTION_WORDS.has(word.toLowerCase()) || NUMBER_WORDS.has(word.toLowerCase());

/** A name without filler words at its ends, with its keys recomputed; null when nothing is left. */
function trimName(name: NameMention): NameMention | null {
  const words = name.text.split(/\s+/);
  while (words.length > 0 && isFiller(words[0] ?? '')) words.shift();
  while (words.length > 0 && isFiller(words[words.length - 1] ?? '')) words.pop();
  if (words.length === 0) return null;
  const text = words.join(' ');
  return text === name.text ? name : { ...name, text, keys: terms(text) };
}

interface ScoredName {
  name: NameMention;
  score: number;
}

/** Names ranked by how central they are: in the headline, in the lead, repeated, several words long. */
function rankNames(article: SearchableArticle, names: NameMention[]): ScoredName[] {
  const title = article.title.toLowerCase();
  const lead = article.lead.toLowerCase();
  const excluded = new Set([...termSet(article.siteName ?? ''), ...termSet(article.byline ?? '')]);
  const out: ScoredName[] = [];
  for (const found of names) {
    const name = trimName(found);
    if (!name || name.text.length < MIN_PART_CHARS || name.keys.every((k) => excluded.has(k))) continue;
    const written = name.text.toLowerCase();
    // The headline names the event; a name of several words ("Reed Bank") pins it down better than one
    // ("Philippine").
    const score =
      name.count +
      (title.includes(written) ? 5 : 0) +
      (lead.includes(written) ? 2 : 0) +
      (name.keys.length > 1 ? 2 : 0);
    // Named once, in passing, outside headline and lead: not what the story is about.
    if (score >= 2) out.push({ name, score });
  }
  return out.sort((a, b) => b.score - a.score);
}

/**
 * Builds the query for an article: up to three key names (people, places, organisations, ranked by headline,
 * lead and repetition) and then the headline's most repeated content words, MAX_PARTS in all. Multi-word
 * names are quoted so they are searched as phrases. Returns no parts when the article has nothing to search.
 */
export function buildSearchQuery(article: SearchableArticle): SearchQuery {
  const title = withoutUrls(article.title ?? '');
  const lead = withoutUrls(article.lead ?? '');
  const body = withoutUrls((article.text ?? '').slice(0, MAX_TEXT_CHARS));
  // The lead is the text's opening (give or take a byline), so it is counted only when there is no text.
  const full = [title, body || lead].filter((s) => s !== '').join('\n');
  const clean = { ...article, title, lead, text: body };

  const parts: string[] = [];
  const covered = new Set<string>();
  const seen = new Set<string>();
  const add = (text: string, keys: string[]): boolean => {
    const part = cleanPart(text);
    if (part.length < MIN_PART_CHARS || seen.has(part.toLowerCase())) return false;
    seen.add(part.toLowerCase());
    parts.push(part.includes(' ') ? `"${part}"` : part);
    for (const k of keys) covered.add(k);
    return true;
  };

  let names = 0;
  for (const { name } of rankNames(clean, extractNames(full))) {
    if (names >= MAX_NAMES || parts.length >= MAX_PARTS) break;
    // "Reed" after "Reed Bank", or "Philippine Coast Guard" after "Philippine", adds little: keep names apart.
    if (name.keys.some((k) => covered.has(k))) continue;
    if (add(name.text, name.keys)) names++;
  }

  // Headline words, most repeated in the article first (ties keep headline order).
  const counts = new Map<string, number>();
  for (const t of terms(full)) counts.set(t, (counts.get(t) ?? 0) + 1);
  const candidates = wordTokens(title)
    .map((token, order) => ({ word: token.text, term: termOf(token.text), order }))
    .filter((c): c is { word: string; term: string; order: number } => c.term !== null)
    .filter(
      (c) =>
        !/^\p{N}/u.test(c.word) &&
        !NUMBER_WORDS.has(c.word.toLowerCase()) &&
        !FOREIGN_FUNCTION_WORDS.has(c.word.toLowerCase()),
    )
    .sort((a, b) => (counts.get(b.term) ?? 0) - (counts.get(a.term) ?? 0) || a.order - b.order);
  for (const c of candidates) {
    if (parts.length >= MAX_PARTS) break;
    if (covered.has(c.term)) continue;
    add(c.word, [c.term]);
  }
  return { parts, text: parts.join(' ') };
}
