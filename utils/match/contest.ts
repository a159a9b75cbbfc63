/**
 * A contest's result in a headline, and its two sides: "Italy beat France in Rome…", "Lindgren thrashes Zhang to
 * reach Wimbledon final", "US Open: Dawson cruises past Petrenko". A report of a match names one of its sides in
 * its headline; another result of the same competition that day names others ("Ireland hold off England at
 * Twickenham" beside Italy's win over France) and shares the competition, the round and the kind of words, which
 * is what the matcher's lexical evidence weighs (features.ts `otherContest`, verdict.ts `mayReport`).
 */

/**
 * A result's verb, in the forms headlines use, lower case as a sentence-case headline writes it (a Title Case
 * headline's "Beats Studio Buds" or "Shut Down Reports" is no result); "knock … out" and "hold off" take their side
 * in between or after. Nouns a headline uses otherwise are left out: "edge", "rout", "crush", "hammer", "down".
 */
const RESULT_VERB_RE =
  /\s(?:beat|beats|beating|defeat|defeats|defeated|defeating|stun|stuns|stunned|thrash|thrashes|thrashed|edges|edged|hold off|holds off|held off|knock|knocks|knocked|cruise past|cruises past|cruised past|sweep past|sweeps past|swept past|see off|sees off|saw off|overcome|overcomes|overcame|routs|routed|crushes|crushed|outclass|outclasses|outclassed|dispatch|dispatches|dispatched|hammers|hammered|trounce|trounces|trounced|eliminate|eliminates|eliminated|oust|ousts|ousted|topple|topples|toppled|outlast|outlasts|outlasted)\s/u;
/** Words that end a side after the verb: what follows is where, when, how or what next, or the score ("27-20"). */
const SIDE_END_RE =
  /^(?:to|in|at|for|with|as|and|on|after|before|by|from|out|into|under|despite|while|amid|\d+[-–]\d+)$/iu;
/** Capitalised words that name no side ("world No 1 Szabó"). */
const NOT_SIDES = new Set(['no', 'the', 'a', 'an', 'world']);
/** How many words after the verb a side may take. */
const SIDE_WORDS = 5;

const isCapitalised = (word: string): boolean => /^\p{Lu}/u.test(word);
const clean = (word: string): string =>
  word.replace(/(?:['’]s|[^\p{L}\p{N}'’-])+$/u, '').replace(/^[^\p{L}\p{N}]+/u, '');

/** The two sides of a result headline (each its capitalised words), or null when the headline reports no result. */
export function contestSides(headline: string): { first: string[]; second: string[] } | null {
  const verb = RESULT_VERB_RE.exec(headline);
  if (verb === null) return null;
  // A kicker ("US Open: …", "Copa Sudamericana | …") names the competition, not a side.
  const before = headline.slice(0, verb.index).split(/[:|]/u).pop() ?? '';
  const first = sideWords(before.split(/\s+/u));
  const after = headline.slice(verb.index + verb[0].length).split(/\s+/u);
  const end = after.findIndex((w, i) => i >= SIDE_WORDS || SIDE_END_RE.test(clean(w)));
  const second = sideWords(end < 0 ? after : after.slice(0, end));
  return first.length > 0 && second.length > 0 ? { first, second } : null;
}

/** The words of a side: its capitalised words ("No" and "The" left out; joiners such as "de" need no keeping). */
function sideWords(words: readonly string[]): string[] {
  return words.map(clean).filter((word) => isCapitalised(word) && !NOT_SIDES.has(word.toLowerCase()));
}
