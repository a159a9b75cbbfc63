/**
 * A prize's result in a headline, and its winner: "Kim Ha-eun retains All England women's title", "'Winter Tide'
 * takes Silver Bear", "Brouwer storms to European 400m hurdles gold". A report of the prize names its winner or the
 * winning work; the ceremony's other prizes that day name others (result-sides.ts, features.ts `otherContest`).
 */
import type { NameMention } from './entities';
import { countryOfTerm } from './actor-names';
import { afterKicker, clean, isCapitalised, sideWords } from './side-words';
import { termOf } from './tokenize';

/**
 * A prize's verb, lower case as a sentence-case headline writes it. The winner is the run of capitalised words, or
 * the quoted title, just before it ("Irish newcomer Aoife Brennan wins": Aoife Brennan), so a demonym or a common
 * noun before the name is no winner.
 */
const AWARD_VERB_RE =
  /\s(?:wins|win|won|takes|take|took|claims|claim|claimed|scoops|scoop|scooped|retains|retain|retained|lifts|lift|lifted|clinches|clinch|clinched|bags|bagged|named|crowned|sweeps|swept|collects|collected|picks up|picked up|captures|captured|earns|earned|(?:storms|stormed|sprints|sprinted|races|raced|cruises|cruised|powers|powered|surges|surged) to)\s/u;
/** What a prize's verb must be followed by, before its clause ends, for the headline to report a prize's winner. */
const PRIZE_RE =
  /\b(?:titles?|prizes?|awards?|bear|lion|medals?|gold|silver|bronze|trophy|cup|crown|championships?|jersey|palme|oscars?|grammys?|emmys?|baftas?|booker|pulitzer|nobel|best|golden|globes?|prix|stage|marathon|sprint|pursuit|relay|race|slalom|downhill|super-g|time trial|mass start|cap|mvp|player of the (?:tournament|year|match|season|series))\b/iu;
/** Where the clause after a prize's verb ends. */
const CLAUSE_END_RE = /[,;:–—]|\s(?:as|after|while|but|amid|despite|because|though)\s/u;
/** Lowercase joiners inside a name ("Independiente del Valle", "Vincent van Gogh"). */
const JOINERS = new Set(['de', 'del', 'da', 'do', 'dos', 'di', 'van', 'von', 'der', 'la', 'le', 'of']);
/** A quoted span: a title ("'The Ferrywoman's Ledger'", "“Winter Tide”"); an apostrophe inside a word closes none. */
const QUOTED_RE = /(?<![\p{L}\p{N}])['‘"“]([^'‘’"“”]+?(?:['’][\p{L}][^'‘’"“”]*?)*)['’"”](?![\p{L}\p{N}])/gu;
/** The most words a title is taken to have. */
const TITLE_WORDS = 6;

/**
 * The winner of a prize a headline reports, as its capitalised words, or null when it reports none. The winner
 * must be a name its text proves (`isName`, given a word) or a quoted title: "Teenager wins spelling bee title"
 * names nobody a report would repeat.
 */
export function awardWinner(headline: string, isName: (word: string) => boolean): string[] | null {
  const verb = AWARD_VERB_RE.exec(headline);
  if (verb === null) return null;
  // The prize is what is won, before the clause ends: "Deshmukh takes blame as India rue … World Cup final" won none.
  const object = headline.slice(verb.index + verb[0].length).split(CLAUSE_END_RE)[0] ?? '';
  if (!PRIZE_RE.test(object)) return null;
  const before = afterKicker(headline.slice(0, verb.index));
  const quoted = [...before.matchAll(QUOTED_RE)].pop();
  if (quoted !== undefined && quoted.index + quoted[0].length === before.length) {
    const words = titleWords(quoted[1] ?? '');
    return words.length > 0 ? words : null;
  }
  const raw = before.split(/\s+/u);
  const words = raw.map(clean);
  let start = words.length;
  while (start > 0) {
    const word = words[start - 1] as string;
    if (!isCapitalised(word) && !(JOINERS.has(word) && start < words.length)) break;
    start--;
  }
  // "Hungary's Bence Varga wins…": the country is where the winner is from, and its other results are not hers.
  if (start < words.length - 1 && /['’]s$/u.test(raw[start] ?? '') && isCountry(words[start] as string)) start++;
  const winner = sideWords(words.slice(start));
  return winner.some(isName) ? winner : null;
}

/** The capitalised words of the titles quoted in `text` (speech in quotes is no title: it has lowercase words). */
export function quotedTitleWords(text: string): string[] {
  return [...text.matchAll(QUOTED_RE)].flatMap((m) => titleWords(m[1] ?? ''));
}

/** A quoted span's words when it reads as a title: a few words, every long one capitalised. */
function titleWords(span: string): string[] {
  const words = span.split(/\s+/u).map(clean).filter(Boolean);
  if (words.length === 0 || words.length > TITLE_WORDS || !isCapitalised(words[0] as string)) return [];
  if (words.some((w) => w.length > 3 && !isCapitalised(w))) return [];
  return sideWords(words);
}

function isCountry(word: string): boolean {
  const term = termOf(word);
  return term !== null && countryOfTerm(term) !== null;
}

/** Whether a word is a word of a name `mentions` prove (entities.ts `proven`): for {@link awardWinner}'s `isName`. */
export function provenNameWord(mentions: readonly NameMention[]): (word: string) => boolean {
  const keys = new Set(mentions.filter((m) => m.proven).flatMap((m) => m.keys));
  return (word) => {
    const term = termOf(word);
    return term !== null && keys.has(term);
  };
}
