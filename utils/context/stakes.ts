/**
 * An actor's stake as the texts state it: the article's sentences that say what it does, says, wants, fears or
 * gains (ranked by cue words, by whether the actor is the one acting, and by place), and the other actors it
 * appears with, each relation shown by its best sentence.
 */
import { relationCounts, relationKindOf, stakeCues } from './cues';
import { quoteOf, type Doc, type Sentence } from './corpus';
import type { Mention } from './mentions';
import type { MentionRole } from './roles';
import type { Relation, RelationKind, StakeCue, StakeSentence } from './types';

export const STAKE = {
  /** Sentences shown per card (the rest of `max` behind "more"). */
  max: 6,
  minWords: 6,
  /** Added for the opening sentences (`EARLY_SENTENCES`), where a story states its stakes most plainly… */
  earlyBonus: 2.5,
  /** …and a little less for the rest of its opening (`OPENING_SENTENCES`). */
  openingBonus: 2,
  /** For a sentence that names this actor before any other. */
  firstNamedBonus: 1,
  maxWords: 60,
} as const;

/**
 * The evidence score's other terms, each named for what it rewards or punishes (a sentence starts at `base`; it is
 * quoted above `quoteBar`).
 */
export const STAKE_SCORE = {
  base: 1,
  /** Another actor acts here and this one is not even acted on. */
  otherActsPenalty: 1.5,
  /** Another actor, the sentence's subject, is named before this one, which does not act. */
  otherSubjectPenalty: 2.5,
  /**
   * Someone who is no actor opens the sentence as its subject ("Omar Lamrani, a senior analyst…, told"), and this
   * actor is only named in it (read on the even-place dev pages; checked on the odd ones: evidence P@3 0.594 -> 0.602).
   */
  otherPersonPenalty: 1,
  /** The actor is named within `earlyChars` characters of the sentence's start (as more than a qualifier or place). */
  earlyChars: 40,
  earlyNameBonus: 0.5,
  /** A lead (standfirst) sentence. */
  leadBonus: 1,
  /** A sentence that quotes someone (in both halves of the dev labels, quotations are less often evidence). */
  quotationPenalty: 0.5,
  /** A cue word further from every mention of the actor than the cue window counts this much of its weight. */
  farCueFactor: 0.5,
  /** Fewer words than `STAKE.minWords`: a fragment. */
  shortPenalty: 2,
  /** The actor is named only inside the quotation (someone's words about it, not its act). */
  onlyQuotedPenalty: 1,
  /** More words than `STAKE.maxWords`: too long to read as one claim. */
  longPenalty: 1,
  /** The actor is named only by reference ("the government", "Mr Essid"): a little less sure than by name. */
  referencePenalty: 0.5,
  /** The lowest score a sentence may have and still be quoted. */
  quoteBar: 2,
} as const;

// Topic words (oil, trade, military) say less about a stake than what the actor wants, fears, does or says.
const CUE_WEIGHT: Record<StakeCue, number> = { wants: 1.5, fears: 1.5, gains: 0.75, acts: 1, says: 1, security: 0.25 };

interface Scored {
  sentence: Sentence;
  score: number;
  cues: StakeCue[];
}

/** How well a sentence states `actor`'s stake, and its cue categories strongest first. */
export function scoreStakeSentence(sentence: Sentence, actor: string): Scored {
  const perWord = stakeCues(sentence.keys);
  const found = new Map<StakeCue, number>();
  for (const cues of perWord) for (const c of cues) found.set(c, (found.get(c) ?? 0) + 1);
  const own = ownMentions(sentence, actor);
  // Cue words near the actor's own mentions say what it does; far from them, what someone else does.
  const near = new Set<StakeCue>();
  const at = own.map((m) => sentence.tokens.findIndex((t) => t.end > m.start));
  perWord.forEach((cues, i) => {
    if (at.some((a) => a >= 0 && i >= a - CUE_WINDOW_BEFORE && i <= a + CUE_WINDOW_AFTER))
      for (const c of cues) near.add(c);
  });
  let score: number = STAKE_SCORE.base;
  for (const [cue] of found) score += CUE_WEIGHT[cue] * (near.has(cue) ? 1 : STAKE_SCORE.farCueFactor);
  // What the actor does here: acting or speaking (itself or through its people) says most about its stake; being
  // acted on says much; qualifying a noun or placing something says little. A sentence whose subject is another
  // actor is not evidence for one merely named in it.
  // A city named as a place ("the 20 million residents of Delhi") says less than the country named.
  const best = Math.max(
    ...own.map(
      (m) =>
        ROLE_RANK[m.role] -
        (m.kind === 'place' && m.role !== 'agent' && m.role !== 'official' ? PLACE_PENALTY : 0) -
        (sentence.mentions.includes(m) ? 0 : STAKE_SCORE.referencePenalty),
    ),
    0,
  );
  score += best;
  const otherActs = sentence.mentions.some((m) => m.actor !== actor && (m.role === 'agent' || m.role === 'official'));
  if (otherActs && best < ROLE_RANK.affected) score -= STAKE_SCORE.otherActsPenalty;
  // Another actor is the sentence's subject, named before this one, which does not act here: about the other.
  const firstOwn = own[0]?.start ?? Infinity;
  const subjectFirst = sentence.mentions.find(
    (m) => m.start < firstOwn && m.actor !== actor && (m.role === 'agent' || m.role === 'official'),
  );
  if (subjectFirst && best < ROLE_RANK.agent) {
    score -= STAKE_SCORE.otherSubjectPenalty;
    // …and named only in a later clause ("China faces implications, because Beijing restrains Pyongyang"): no evidence.
    if (CLAUSE_BREAK_RE.test(sentence.text.slice(subjectFirst.end, firstOwn))) score = -Infinity;
  }
  // "Omar Lamrani, a senior analyst at Stratfor, told…", "Assange has avoided…": someone who is no actor is the
  // sentence's subject, and this actor is only named in what they say or do.
  if (best < ROLE_RANK.affected && opensWithSomeoneElse(sentence, perWord)) score -= STAKE_SCORE.otherPersonPenalty;
  // Named first of the sentence's actors: usually its subject.
  if (firstActor(sentence) === actor) score += STAKE.firstNamedBonus;
  // The actor named early is usually the sentence's subject.
  if (own.some((m) => m.start < STAKE_SCORE.earlyChars && m.role !== 'attribute' && m.role !== 'location'))
    score += STAKE_SCORE.earlyNameBonus;
  if (sentence.place === 'lead') score += STAKE_SCORE.leadBonus;
  // Someone's quoted words are less often the actor's own act than the reporter's statement of it; an actor named
  // only inside them is what the speaker thinks of it.
  if (/["“”]/.test(sentence.text)) {
    score -= STAKE_SCORE.quotationPenalty;
    const quoted = quotedSpans(sentence.text);
    // (Not in CJK text, whose quotation marks also set off a proposal's or a policy's name: 提出“…”.)
    if (
      !CJK_RE.test(sentence.text) &&
      own.length > 0 &&
      own.every((m) => quoted.some(([a, b]) => m.start >= a && m.end <= b))
    )
      score -= STAKE_SCORE.onlyQuotedPenalty;
  }
  const words = sentence.keys.length;
  if (words < STAKE.minWords) score -= STAKE_SCORE.shortPenalty;
  if (words > STAKE.maxWords) score -= STAKE_SCORE.longPenalty;
  const cues = [...found.entries()].sort((a, b) => CUE_WEIGHT[b[0]] * b[1] - CUE_WEIGHT[a[0]] * a[1]).map(([c]) => c);
  return { sentence, score, cues };
}

/** The actor's mentions in a sentence, with its references ("the government"), in order. */
export function ownMentions(sentence: Sentence, actor: string): Mention[] {
  const own = sentence.mentions.filter((m) => m.actor === actor);
  const refs = sentence.refs.filter((m) => m.actor === actor);
  return refs.length === 0 ? own : [...own, ...refs].sort((a, b) => a.start - b.start);
}

/**
 * Character spans inside quotation marks: curly pairs, straight pairs, and an opening mark with no close (a quotation
 * running on to the sentence's end).
 */
function quotedSpans(text: string): [number, number][] {
  const out: [number, number][] = [];
  const re = /“[^”]*(?:”|$)|"[^"]*(?:"|$)/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/** The actor named or referred to first in a sentence. */
function firstActor(sentence: Sentence): string | undefined {
  const named = sentence.mentions[0];
  const ref = sentence.refs[0];
  return ref && (!named || ref.start < named.start) ? ref.actor : named?.actor;
}

const PLACE_PENALTY = 1.5;
/** Capitalised words that open a sentence without being someone's name. */
const NOT_A_NAME = new Set(
  'the a an in on at for but and or as with from by to of this that these those it he she they we i you his her their its there here when while after before since if although though yet so also however meanwhile now today yesterday last next according despite under over among during'.split(
    ' ',
  ),
);
/** Up to this many capitalised words make the name opening a sentence. */
const MAX_NAME_WORDS = 3;

/**
 * Whether the sentence opens with someone's name that names no actor, as its subject: the name, then a comma
 * and a description ("Omar Lamrani, a senior analyst…") or a verb of saying or doing ("Scissors said…").
 */
function opensWithSomeoneElse(sentence: Sentence, perWord: readonly StakeCue[][]): boolean {
  const tokens = sentence.tokens;
  const first = tokens[0];
  if (!first?.cap || NOT_A_NAME.has(first.key)) return false;
  if (sentence.mentions.some((m) => m.start <= first.start) || sentence.refs.some((m) => m.start <= first.start))
    return false;
  let n = 1;
  while (
    n < MAX_NAME_WORDS &&
    tokens[n]?.cap &&
    /^\s+$/u.test(sentence.text.slice(tokens[n - 1]?.end, tokens[n]?.start))
  )
    n++;
  const next = tokens[n];
  if (!next || sentence.mentions.some((m) => m.start < next.start)) return false;
  const gap = sentence.text.slice(tokens[n - 1]?.end, next.start);
  if (/^\s*,\s*$/u.test(gap)) return /^(?:who|a|an|the)$/u.test(next.key);
  return !next.cap && (perWord[n]?.some((c) => c === 'says' || c === 'acts') ?? false);
}
const CJK_RE = /[\u3040-\u30ff\u4e00-\u9fff]/u;
const CLAUSE_BREAK_RE = /[,;:—–]|\b(?:because|while|whereas|although|though|but|as)\b/u;

/** What each role adds to a sentence's score as evidence of the actor's stake. */
const ROLE_RANK: Readonly<Record<MentionRole, number>> = {
  agent: 3,
  official: 3,
  affected: 2,
  mention: 0.5,
  attribute: -1.5,
  location: -1.5,
};

/** The opening sentences (title included) that get `STAKE.earlyBonus`, then `STAKE.openingBonus`. */
const EARLY_SENTENCES = 6;
const OPENING_SENTENCES = 10;
/** Words before and after an actor's mention within which a cue word says what the actor itself does. */
const CUE_WINDOW_BEFORE = 4;
const CUE_WINDOW_AFTER = 8;

/** The article's sentences about `actor`, best first (the headline is shown above the cards, so it is not quoted). */
export function stakeSentences(article: Doc, actor: string): StakeSentence[] {
  const scored: Scored[] = [];
  for (const s of article.sentences) {
    if (s.place === 'title' || !(s.actors.has(actor) || s.refs.some((r) => r.actor === actor))) continue;
    const found = scoreStakeSentence(s, actor);
    if (s.order <= EARLY_SENTENCES) found.score += STAKE.earlyBonus;
    else if (s.order <= OPENING_SENTENCES) found.score += STAKE.openingBonus;
    scored.push(found);
  }
  return scored
    .filter((s) => s.score > STAKE_SCORE.quoteBar)
    .sort((a, b) => b.score - a.score || a.sentence.order - b.sentence.order)
    .slice(0, STAKE.max)
    .map(({ sentence, cues }) => ({
      quote: quoteOf(sentence),
      cues,
      named: [...new Set(ownMentions(sentence, actor).map((m) => m.surface))],
    }));
}

interface PairStats {
  together: number;
  kinds: Map<RelationKind, number>;
  /** Best sentence per kind: article first, then most cues. */
  best: Map<RelationKind, { sentence: Sentence; strength: number }>;
}

/** Words before and after a pair's mentions that still count as describing the pair (the verb usually follows). */
const PAIR_BEFORE = 2;
const PAIR_AFTER = 5;
/** A relation's best sentence: the article's before any story's, then most cue words, then the earliest. */
const PAIR_ARTICLE_FIRST = 10;
const PAIR_ORDER_TIEBREAK = 0.01;

/** The folded words around and between the closest mentions of `a` and `b` in a sentence. */
function pairWindow(sentence: Sentence, a: string, b: string): string[] {
  let best: [number, number] | null = null;
  for (const ma of sentence.mentions) {
    if (ma.actor !== a) continue;
    for (const mb of sentence.mentions) {
      if (mb.actor !== b) continue;
      const span: [number, number] = [Math.min(ma.start, mb.start), Math.max(ma.end, mb.end)];
      if (!best || span[1] - span[0] < best[1] - best[0]) best = span;
    }
  }
  if (!best) return sentence.keys;
  const [from, to] = best;
  const first = sentence.tokens.findIndex((t) => t.end > from);
  let last = sentence.tokens.length - 1;
  while (last > 0 && (sentence.tokens[last]?.start ?? 0) >= to) last--;
  return sentence.keys.slice(Math.max(0, first - PAIR_BEFORE), last + 1 + PAIR_AFTER);
}

/**
 * Every pair of actors named in one sentence, with what the sentences say of them. Keyed "A|B" (sorted). A
 * sentence's cue words count for a pair only near the pair's own mentions, so in "American and Philippine
 * warships held a joint patrol that Chinese vessels shadowed" the patrol is the allies' and the shadowing China's.
 */
export function pairStats(docs: readonly Doc[]): Map<string, PairStats> {
  const pairs = new Map<string, PairStats>();
  for (const doc of docs) {
    // The article's own sentences count double: the reader is looking at them.
    const weight = doc.kind === 'article' ? 2 : 1;
    for (const sentence of doc.sentences) {
      if (sentence.actors.size < 2) continue;
      const actors = [...sentence.actors].sort();
      for (let i = 0; i < actors.length; i++) {
        for (let j = i + 1; j < actors.length; j++) {
          const a = actors[i] as string;
          const b = actors[j] as string;
          const counts = relationCounts(actors.length === 2 ? sentence.keys : pairWindow(sentence, a, b));
          const kind = relationKindOf(counts);
          const strength =
            (counts.get(kind as Exclude<RelationKind, 'mentioned'>) ?? 0) +
            (doc.kind === 'article' ? PAIR_ARTICLE_FIRST : 0) -
            sentence.order * PAIR_ORDER_TIEBREAK;
          const key = `${a}|${b}`;
          let stats = pairs.get(key);
          if (!stats) pairs.set(key, (stats = { together: 0, kinds: new Map(), best: new Map() }));
          stats.together++;
          stats.kinds.set(kind, (stats.kinds.get(kind) ?? 0) + weight);
          const best = stats.best.get(kind);
          if (!best || strength > best.strength) stats.best.set(kind, { sentence, strength });
        }
      }
    }
  }
  return pairs;
}

/** The relations of `actor`: other actors it appears with, by how often, each with its prevailing kind. */
export function relationsOf(
  actor: string,
  pairs: ReadonlyMap<string, PairStats>,
  nameOf: (id: string) => string,
  limit = 4,
): Relation[] {
  const out: Relation[] = [];
  for (const [key, stats] of pairs) {
    const [a, b] = key.split('|');
    const other = a === actor ? b : b === actor ? a : undefined;
    if (other === undefined) continue;
    let kind: RelationKind = 'mentioned';
    let most = 0;
    for (const [k, n] of stats.kinds) if (k !== 'mentioned' && n > most) [kind, most] = [k, n];
    const evidence = stats.best.get(kind);
    if (!evidence) continue;
    out.push({
      actor: other,
      name: nameOf(other),
      kind,
      together: stats.together,
      evidence: quoteOf(evidence.sentence),
    });
  }
  // Typed relations before mere co-mentions; then by how often they appear together.
  return out
    .sort((x, y) => Number(x.kind === 'mentioned') - Number(y.kind === 'mentioned') || y.together - x.together)
    .slice(0, limit);
}
