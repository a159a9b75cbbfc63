/**
 * A contest's result in a headline, and its two sides: "Italy beat France in Rome…", "Lindgren thrashes Zhang to
 * reach Wimbledon final", "US Open: Dawson cruises past Petrenko", "Traoré's winner sends Mali past Cameroon"; or
 * the side that lost, with the winner when the headline gives it: "Varga and Kowalczyk knocked out of Qatar
 * doubles", "Fraser beaten by Whitmore". A report of a match names one of its sides in its headline; another result
 * of the same competition that day names others and shares the competition, the round and the kind of words,
 * which is what the matcher's lexical evidence weighs (result-sides.ts, features.ts `otherContest`).
 */
import { afterKicker, sideAfter, sideBefore, sideWords } from './side-words';

/**
 * A result's verb, in the forms headlines use, lower case as a sentence-case headline writes it (a Title Case
 * headline's "Beats Studio Buds" or "Shut Down Reports" is no result); "knock … out" and "hold off" take their side
 * in between or after. Nouns a headline uses otherwise are left out: "rout", "crush", "hammer", "down"; "edge" only
 * with a capitalised side straight after it ("Egypt edge Ivory Coast", not "Apple's edge over Samsung").
 */
const RESULT_VERB_RE =
  /\s(?:beat|beats|beating|defeat|defeats|defeated|defeating|stun|stuns|stunned|thrash|thrashes|thrashed|edge(?=\s\p{Lu})|edges|edged|hold off|holds off|held off|knock|knocks|knocked|cruise past|cruises past|cruised past|sweep past|sweeps past|swept past|see off|sees off|saw off|overcome|overcomes|overcame|routs|routed|crushes|crushed|outclass|outclasses|outclassed|dispatch|dispatches|dispatched|hammers|hammered|trounce|trounces|trounced|eliminate|eliminates|eliminated|oust|ousts|ousted|topple|topples|toppled|outlast|outlasts|outlasted)\s/u;
/**
 * A verb that makes its object the winner ("Traoré's winner sends Mali past Cameroon", "Ndlela's 78 powers South
 * Africa past New Zealand"): the side between it and "past" won, the one after lost.
 */
const CAUSE_RE =
  /\s(?:sends|send|sent|powers|power|powered|fires|fire|fired|guides|guide|guided|propels|propel|propelled|carries|carry|carried|steers|steer|steered|lifts|lift|lifted)\s(.+?)\s(?:past|beyond|to victory over)\s/u;
/**
 * A result told as the hopes it ended ("Baskonia end Unicaja's Copa hopes in Valencia thriller", "Mali dash
 * Cameroon's title dreams"): the side before the verb won, the one whose hopes they were lost.
 */
const ENDED_HOPES_RE =
  /\s(?:end|ends|ended|dash|dashes|dashed)\s(.+?)['’]s\s(?:[\p{L}\p{N}-]+\s){0,3}?(?:hopes|dreams?|run|reign|bid|defence|defense)\b/u;
/**
 * A scoreline between two sides, the whole clause: "France 17-22 Ireland", "Halvern Rovers 2–1 Ostmark City". Each
 * side is one to four capitalised words; the clause ends at a colon, a dash or the headline's end.
 */
const SCORELINE_RE =
  /^((?:\p{Lu}[\p{L}'’.-]*\s){1,4})\d{1,3}\s?[-–]\s?\d{1,3}\s((?:\p{Lu}[\p{L}'’.-]*)(?:\s\p{Lu}[\p{L}'’.-]*){0,3})\s*(?:[:|—–,]|$)/u;
/** A loss, its side before it ("Varga and Kowalczyk knocked out of…", "Fraser falls to Whitmore"). */
const LOSS_RE =
  /\s(?:(?:is|are|was|were)\s)?(?:knocked out of|bows? out|bowed out|crash(?:es|ed)? out|beaten by|lose to|loses to|lost to|falls? to|fell to|eliminated by|ousted by|exits|exited)(?=\s|$)/u;
/** A loss's verbs that name the winner after them. */
const TO_WINNER_RE = /(?:by|to)$/u;

/** The two sides of a result headline (each its capitalised words), or null when the headline reports no result. */
export function contestSides(headline: string): { first: string[]; second: string[] } | null {
  const cause = CAUSE_RE.exec(headline);
  if (cause !== null) {
    const first = sideAfter(cause[1] ?? '');
    const second = sideAfter(headline.slice(cause.index + cause[0].length));
    if (first.length > 0 && second.length > 0) return { first, second };
  }
  // A scoreline between the sides, opening the headline ("France 17-22 Ireland: visitors grind out win") or after its
  // kicker ("Six Nations: Scotland 31-29 Italy").
  const scoreline = SCORELINE_RE.exec(headline) ?? SCORELINE_RE.exec(afterKicker(headline));
  if (scoreline !== null) {
    const first = sideWords((scoreline[1] ?? '').split(/\s+/u));
    const second = sideWords((scoreline[2] ?? '').split(/\s+/u));
    if (first.length > 0 && second.length > 0) return { first, second };
  }
  const ended = ENDED_HOPES_RE.exec(headline);
  if (ended !== null) {
    const first = sideBefore(headline.slice(0, ended.index));
    const second = sideAfter(ended[1] ?? '');
    if (first.length > 0 && second.length > 0) return { first, second };
  }
  const verb = RESULT_VERB_RE.exec(headline);
  if (verb === null) return null;
  // A kicker ("US Open: …", "Copa Sudamericana | …") names the competition, not a side.
  const first = sideBefore(headline.slice(0, verb.index));
  const second = sideAfter(headline.slice(verb.index + verb[0].length));
  return first.length > 0 && second.length > 0 ? { first, second } : null;
}

/**
 * The side a headline says lost (its capitalised words before the loss) and the winner it names after "by" or "to"
 * (empty when it names none), or null when it reports no loss.
 */
export function lossSides(headline: string): { winner: string[]; loser: string[] } | null {
  const loss = LOSS_RE.exec(headline);
  if (loss === null) return null;
  const loser = sideBefore(headline.slice(0, loss.index));
  if (loser.length === 0) return null;
  const winner = TO_WINNER_RE.test(loss[0]) ? sideAfter(headline.slice(loss.index + loss[0].length)) : [];
  return { winner, loser };
}
