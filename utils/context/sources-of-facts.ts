/**
 * Mentions that name an actor without giving it a stake, read from the phrase around them: an agency cited for
 * a fact ("the level deemed safe by the World Health Organization", "the World Health Organization reported last
 * year that…", "…, says WHO."), an organisation addressed as an audience ("told the U.N. General Assembly"), and
 * the actors of a comparison with elsewhere ("By comparison, the U.S. government…", "Unlike Brazil, …"). Such a
 * mention stays a mention (it is named) but shows no act of its own in the story.
 */
import type { ActorKind } from './data/organisations';

/**
 * Verbs and participles by which an agency gives a figure or a finding, not an act of its own: after the name
 * ("reported", "estimates") or before "by" ("deemed safe by", "recommended by", a court's reading of the law
 * cited: "as interpreted by the International Court of Justice").
 */
const FACT_VERBS =
  'reported|reports|report|estimated|estimates|estimate|found|finds|recorded|records|counted|counts|calculated|calculates|measured|measures|recommended|recommends|defines|defined|classifies|classified|deemed|considered|set|published|publishes|compiled|data|figures|statistics|says|said|according|interpretation|interpreted';
const AFTER_FACT_RE = new RegExp(
  `^['’]?s?\\s+(?:(?:has|had|have|also|last|this|in|\\d{4}|year|week|month|earlier)\\s+){0,3}(?:${FACT_VERBS})\\b`,
  'iu',
);
const BY_FACT_RE = new RegExp(`\\b(?:${FACT_VERBS})\\s+(?:\\w+\\s+){0,2}(?:by|from)\\s+(?:the\\s+)?$`, 'iu');
/** "…, says the World Health Organization." / "…, according to the WHO.": the source closing a sentence. */
const CLOSING_SOURCE_RE = /(?:\b(?:says|said|according to|reports|reported))\s+(?:the\s+)?$/iu;
/** "told the U.N. General Assembly", "his address to the United Nations", "a speech at the UN". */
const AUDIENCE_RE =
  /\b(?:told|tells|addressed|addresses|addressing|(?:address|speech|remarks|appeal|letter)\s+(?:\w+\s+)?(?:to|at|before))\s+(?:the\s+)?$/iu;

/** Characters read on each side of the name. */
const PHRASE_CHARS = 80;

/** Organisations that serve as sources and venues (an agency, a court, a body); not blocs or armed groups. */
const SOURCE_KINDS: ReadonlySet<ActorKind> = new Set<ActorKind>(['organisation']);

/**
 * Whether an organisation's mention at [start, end) of `text` only cites it for a fact or addresses it as an
 * audience. Countries, blocs and armed groups are never read so: when a state "reported" something, it acted.
 */
export function citedNotActing(text: string, start: number, end: number, kind: ActorKind | undefined): boolean {
  if (!kind || !SOURCE_KINDS.has(kind)) return false;
  // The phrase around the name is enough, and keeps long sentences cheap.
  const before = text.slice(Math.max(0, start - PHRASE_CHARS), start);
  const after = text.slice(end, end + PHRASE_CHARS);
  // "UNHCR said it had received…", "the agency said its camps…": speaking of itself, it acts.
  if (AFTER_FACT_RE.test(after) && !/\b(?:it|its|we|our)\b/iu.test(after.slice(0, 40))) return true;
  if (BY_FACT_RE.test(before)) return true;
  if (CLOSING_SOURCE_RE.test(before) && /^[\s)'’.”"!?]*$/u.test(after.replace(/\([^)]*\)/gu, ''))) return true;
  return AUDIENCE_RE.test(before);
}

/** A sentence that compares with elsewhere as a whole: "By comparison, …", "As a way of rough comparison, …". */
const COMPARISON_SENTENCE_RE = /^\W*(?:as a way of|by way of|by|in|for)\s+(?:\w+\s+)?comparison\b/iu;
/** A comparison in the sentence's opening phrase: "Unlike Brazil, …", "Compared with Japan, …". */
const COMPARISON_OPENING_RE = /^\W*(?:unlike|compared (?:with|to)|in contrast (?:with|to)|as in|like)\s[^,;:]*[,;:]/iu;

/**
 * The characters of `text` that compare with elsewhere: all of it for a sentence opening "By comparison", the
 * opening phrase for "Unlike Brazil, …"; 0 when none. Actors named there take no part in the story's matter.
 */
export function comparisonEnd(text: string): number {
  if (COMPARISON_SENTENCE_RE.test(text)) return text.length;
  return COMPARISON_OPENING_RE.exec(text)?.[0].length ?? 0;
}
