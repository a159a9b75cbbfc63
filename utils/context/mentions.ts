/**
 * Finds actors in a sentence: the longest gazetteer name at each capitalised word, exact first, then a fuzzy
 * look-up of leftover capitalised phrases ("Zelenskyi"). Phrases that only look like actors ("South China Sea")
 * are consumed without a mention.
 */
import type { AliasEntry, AliasKind, Gazetteer } from './gazetteer';
import { mentionRole, type MentionRole } from './roles';
import { citedNotActing, comparisonEnd } from './sources-of-facts';
import { contextTokens, type ContextToken } from './text';

/** One actor named in a sentence. */
export interface Mention {
  actor: string;
  /** The words as written ("Beijing", "Xi Jinping", "Chinese"). */
  surface: string;
  kind: AliasKind;
  /** Character offsets in the sentence. */
  start: number;
  end: number;
  /** The person named, when the name is a person's. */
  person: { name: string; role: string } | null;
  /** What the actor does in the sentence (acts, speaks through its people, is acted on, only qualifies…). */
  role: MentionRole;
  /** Named by a name that is also someone else's ("Jordan"): kept only where the text names the actor otherwise too. */
  ambiguous?: boolean;
}

/** How to read a sentence's mentions. */
export interface MentionOptions {
  /** The sentence is a headline in title case: capitals say nothing about names there. */
  titleCase?: boolean;
  /** The text is English (the default): roles are read from English grammar; in other languages only places are. */
  english?: boolean;
  /** Abbreviations the text has defined for an actor ("the International Criminal Court (ICC)"), by folded key. */
  defined?: ReadonlyMap<string, AliasEntry>;
}

/** "(ICC)" right after a name: the abbreviation the text will use for it. */
const DEFINED_ABBREVIATION_RE = /^\s*\((\p{Lu}{2,6})\)/u;

/**
 * Abbreviations a sentence defines for the actors it names ("the International Criminal Court (ICC)", "the
 * Democratic Republic of Congo (DRC)"), added to `defined` for the sentences after it. An abbreviation that
 * already names something in the gazetteer keeps its own sense.
 */
export function defineAbbreviations(
  gazetteer: Gazetteer,
  sentence: string,
  mentions: readonly Mention[],
  defined: Map<string, AliasEntry>,
): void {
  for (const m of mentions) {
    if (m.kind !== 'name') continue;
    const abbr = DEFINED_ABBREVIATION_RE.exec(sentence.slice(m.end))?.[1];
    if (!abbr) continue;
    const key = contextTokens(abbr)[0]?.key;
    if (!key || gazetteer.byFirstWord.has(key) || defined.has(key)) continue;
    defined.set(key, { keys: [key], actor: m.actor, strict: true, kind: 'name', person: null });
  }
}

const MAX_FUZZY_WORDS = 3;

/**
 * The runs of a sentence's mentions (in order) that name the members of one list: each joined to the next by a
 * comma, "and" or "or", and closed by an "and" or "or" ("the UK and the US", "Egypt, Jordan and Iraq"); a run of
 * bare commas alone is no list ("…that borders Mongolia, Roscosmos said").
 */
export function listRuns(sentence: string, mentions: readonly Mention[]): Mention[][] {
  const runs: Mention[][] = [];
  let run: Mention[] = [];
  let closed = false;
  const flush = () => {
    if (run.length > 1 && closed) runs.push(run);
    run = [];
    closed = false;
  };
  for (const m of mentions) {
    const prev = run[run.length - 1];
    const join = prev ? sentence.slice(prev.end, m.start) : '';
    if (prev && LIST_JOIN_RE.test(join)) {
      // "A, B, and C" closes a list; "…with Beijing, and the British foreign secretary said" joins two clauses.
      const bareComma = /^\s*,\s*(?:the\s+)?$/u.test(join);
      closed ||= !bareComma && (!join.includes(',') || run.length > 1);
      run.push(m);
    } else {
      flush();
      run = [m];
    }
  }
  flush();
  return runs;
}
/** What joins the names of a list: a comma, "and" or "or" (or "y", "et", "und"…), perhaps with "the" ("le", "die"…). */
const LIST_JOIN_RE =
  /^(?:\s*,\s*|\s+(?:and|or|y|et|und|e|ou|oder)\s+|\s*,\s+(?:and|et|y|und|e)\s+)(?:the\s+|l[ea]\s+|el\s+|die\s+|der\s+|das\s+)?$/u;

function matches(entry: AliasEntry, tokens: readonly ContextToken[], at: number): boolean {
  const first = tokens[at];
  if (!first || (entry.strict ? !first.upper : !first.cap)) return false;
  for (let k = 0; k < entry.keys.length; k++) if (tokens[at + k]?.key !== entry.keys[k]) return false;
  return true;
}

/**
 * Actors named in `sentence`, in order (`tokens`: its words, when the caller has them). A name that is part of
 * another name ("Yahoo Japan", "Inner Mongolia") or an origin label ("(France)") names no actor and is left out.
 */
export function findMentions(
  gazetteer: Gazetteer,
  sentence: string,
  tokens: readonly ContextToken[] = contextTokens(sentence),
  options: MentionOptions = {},
): Mention[] {
  const spans: { entry: AliasEntry; from: number; to: number }[] = [];
  const covered = new Set<number>();
  const mention = (entry: AliasEntry, from: number, to: number) => {
    for (let k = from; k < to; k++) covered.add(k);
    if (entry.actor) spans.push({ entry, from, to });
  };
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i] as ContextToken;
    if (!token.cap) {
      i++;
      continue;
    }
    const own = options.defined?.get(token.key);
    const exact =
      gazetteer.byFirstWord.get(token.key)?.find((e) => matches(e, tokens, i)) ??
      (own && matches(own, tokens, i) ? own : undefined);
    if (exact) {
      mention(exact, i, i + exact.keys.length);
      i += exact.keys.length;
      continue;
    }
    // A run of capitalised words with no exact name: one fuzzy look-up for the whole run.
    let j = i + 1;
    while (
      j < tokens.length &&
      j - i < MAX_FUZZY_WORDS &&
      tokens[j]?.cap &&
      !gazetteer.byFirstWord.has(tokens[j]?.key ?? '') &&
      !options.defined?.has(tokens[j]?.key ?? '')
    )
      j++;
    const phrase = tokens
      .slice(i, j)
      .map((t) => t.key)
      .join(' ');
    const near = gazetteer.fuzzy(phrase);
    if (near) mention(near, i, j);
    i = j;
  }
  const titleCase = options.titleCase ?? false;
  const out: Mention[] = [];
  for (const { entry, from, to } of spans) {
    const a = tokens[from];
    const b = tokens[to - 1];
    if (!entry.actor || !a || !b) continue;
    const role = mentionRole(
      sentence,
      tokens,
      { from, to, kind: entry.kind, actorKind: gazetteer.actor(entry.actor)?.kind },
      covered,
      titleCase,
      options.english ?? true,
    );
    if (role === null) continue;
    const start = a.start;
    const end = b.end;
    out.push({
      actor: entry.actor,
      surface: sentence.slice(a.start, b.end).replace(/['’]s?$/u, ''),
      kind: entry.kind,
      start: a.start,
      end: b.end,
      person: entry.person,
      ...(entry.ambiguous ? { ambiguous: true } : {}),
      // "deemed safe by the World Health Organization", "told the U.N. General Assembly": cited, not acting.
      role:
        role !== 'attribute' &&
        role !== 'location' &&
        citedNotActing(sentence, start, end, gazetteer.actor(entry.actor)?.kind)
          ? 'mention'
          : role,
    });
  }
  for (const m of gazetteer.cjkMentions(sentence)) out.push(m);
  out.sort((x, y) => x.start - y.start);
  // "Iran, Russia and Syria have been pressuring…", "Egypt and Jordan criticised…": a list shares its verb. A bare
  // comma joins a list only when an "and" or "or" closes it ("…that borders Mongolia, Roscosmos said" is no list).
  let closedList = false;
  for (let k = out.length - 2; k >= 0; k--) {
    const here = out[k] as Mention;
    const next = out[k + 1] as Mention;
    const join = sentence.slice(here.end, next.start);
    const bareComma = /^\s*,\s*(?:the\s+)?$/u.test(join);
    if (
      (next.role === 'agent' || next.role === 'official') &&
      here.role !== 'agent' &&
      LIST_JOIN_RE.test(join) &&
      (!bareComma || closedList)
    ) {
      here.role = next.role;
      closedList = true;
    } else closedList = false;
  }
  // "accused the UK and the US of meddling", "officials from Mexico, Canada": the list shares the first's part.
  for (let k = 1; k < out.length; k++) {
    const prev = out[k - 1] as Mention;
    const here = out[k] as Mention;
    if (
      (prev.role === 'affected' || prev.role === 'official') &&
      (here.role === 'mention' || here.role === 'location') &&
      LIST_JOIN_RE.test(sentence.slice(prev.end, here.start))
    )
      here.role = prev.role;
  }
  // "By comparison, the U.S. government…", "Unlike Brazil, …": named to compare, no part in the story's matter.
  const compared = comparisonEnd(sentence);
  for (const m of out) if (m.start < compared && m.role !== 'attribute' && m.role !== 'location') m.role = 'mention';
  return out;
}
