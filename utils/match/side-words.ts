/**
 * The words of a result headline's sides (contest.ts, award.ts): the capitalised words of a team, a player or a
 * work, cleaned of possessives and punctuation.
 */

/** Words that end a side after the verb: what follows is where, when, how or what next, or the score ("27-20"). */
export const SIDE_END_RE =
  /^(?:to|in|at|for|with|as|and|on|after|before|by|from|out|into|under|despite|while|amid|\d+[-–]\d+)$/iu;
/** Capitalised words that name no side ("world No 1 Szabó"). */
const NOT_SIDES = new Set(['no', 'the', 'a', 'an', 'world']);
/** How many words after the verb a side may take. */
const SIDE_WORDS = 5;

/** Whether a word opens with a capital. */
export const isCapitalised = (word: string): boolean => /^\p{Lu}/u.test(word);

/** A word without its possessive and the punctuation around it ("Colombia's" → "Colombia"). */
export const clean = (word: string): string =>
  word.replace(/(?:['’]s|[^\p{L}\p{N}'’-])+$/u, '').replace(/^[^\p{L}\p{N}]+/u, '');

/**
 * The words of a side: its capitalised words ("No" and "The" left out; joiners such as "de" need no keeping), a
 * hyphenated name as its parts, as the index keeps them ("Solbakken-Haug": Solbakken, Haug).
 */
export function sideWords(words: readonly string[]): string[] {
  return words
    .map(clean)
    .filter((word) => isCapitalised(word) && !NOT_SIDES.has(word.toLowerCase()))
    .flatMap((word) => word.split(/[-‐‑]/u).filter((part) => part !== ''));
}

/** The side a headline names after a verb (`rest`, the text after it): its first words, up to where, when or how. */
export function sideAfter(rest: string): string[] {
  const after = rest.split(/\s+/u);
  const end = after.findIndex((w, i) => i >= SIDE_WORDS || SIDE_END_RE.test(clean(w)));
  return sideWords(end < 0 ? after : after.slice(0, end));
}

/** The text after a headline's kicker, if any: a kicker ("US Open: …") names the competition, not a side. */
export function afterKicker(text: string): string {
  return (text.split(/[:|]/u).pop() ?? '').trim();
}

/** The side a headline names before a verb (the text before it, `before`), after any kicker. */
export function sideBefore(before: string): string[] {
  const text = afterKicker(before);
  // A verb straight after a comma shares the first clause's subject: in "Aebischer conquers the Streif, edges
  // Gruber-Thaler by 0.04" the side is the capitalised words the headline opens with, not the Streif.
  const comma = text.lastIndexOf(',');
  if (comma >= 0 && text.slice(comma + 1).trim() === '') {
    const words = text.slice(0, comma).split(/\s+/u);
    const end = words.findIndex((word) => !isCapitalised(clean(word)));
    return sideWords(end < 0 ? words : words.slice(0, end));
  }
  return sideWords(text.split(/\s+/u));
}
