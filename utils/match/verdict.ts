/**
 * The decision per candidate: "same" (another report of the article's event), "related" (background on the
 * same actors or subject) or not shown. Thresholds are chosen on the dev set by `npm run eval -- --calibrate`
 * (split-half over topics); the numbers and the reasons are written down here.
 */
import { countActors, oneCountry } from './actor-names';
import { eventEvidence, WEIGHTS } from './combine';

export { eventEvidence } from './combine';
import type { MatchFeatures } from './features';
import { evidenceOf, probability, type FellowBars, type SameModel } from './same-model';
import { SAME_MODEL } from './same-model-weights';

/** What the decision looks at for one candidate. */
export interface CandidateEvidence {
  features: MatchFeatures;
  /** The candidate's own combined evidence (before neighbour smoothing), 0..1. */
  own: number;
  /** Combined evidence after smoothing over the candidate's nearest neighbours, 0..1: the ranking score. */
  score: number;
  /** score / best score of this query: reports of the article's event score close to its best report. */
  relativeToBest: number;
  /**
   * (score − crowd) / (best − crowd), where crowd is the score of a candidate deep in the list: how far above
   * the mass of merely topical matches the candidate stands. 0..1 (clamped below at 0).
   */
  aboveCrowd: number;
  /** Mean cosine to the query's best few reports (excluding itself): reports of one event resemble each other. */
  coherence: number;
  /**
   * Own evidence minus the best own evidence among the other candidates: a lone report of the event stands
   * out from the crowd of topical matches on its own terms (positive for one candidate at most).
   */
  ownGap: number;
  /** Cosine to the best-ranked candidate (1 for that candidate itself): reports of one event resemble its established report. */
  anchorSimilarity: number;
  /**
   * Cosine to each candidate of the ranking, in ranking order (1 for itself): which reports resemble which, for the
   * join by resemblance ({@link decideAll}). Absent where a caller builds evidence by hand: no such join then.
   */
  resemblance?: readonly number[];
  /** Cosine of the candidate's vector and the article's (neighbours.ts `articleCosine`). Absent where built by hand. */
  articleSimilarity?: number;
  /**
   * Cosine of the candidate's words and the article's, the article's names and its words that rank or count left out
   * of both (neighbours.ts `wordCosine`): the same kind of thing, whoever does it. Absent where built by hand.
   */
  wordSimilarity?: number;
  /**
   * The candidate's highest cosine to another candidate: a report with fellows that resemble it more than the
   * article does belongs to an event the article is not one of. Absent where built by hand.
   */
  fellowSimilarity?: number;
}

/** Thresholds and weights of the decision; see {@link VERDICT} for the chosen values and why. */
export interface VerdictRule {
  /**
   * The anchor (the best candidate's own or smoothed score, whichever is higher: rank.ts `anchorScore`) must
   * reach this for any candidate to be "same": one strong report establishes the event.
   */
  establish: number;
  /** Every "same" candidate needs at least this score on its own terms (guards small caches, where relative figures flatter). */
  sameFloor: number;
  /** Threshold on {@link sameness}. */
  sameness: number;
  /** Weight of `coherence` in {@link sameness}. */
  coherenceWeight: number;
  /** Weight of `aboveCrowd` in {@link sameness}. */
  crowdWeight: number;
  /**
   * Coverage of one event clusters in days: a report further apart (when both dates are known) is background, or the
   * story so far. 2 since session 24 (4 before): among the real feeds' stories read as articles, every "same" row
   * 2 to 4 days apart was a sequel or another event (a news conference two days after a landing; a US ban on
   * investment in Russia and a cartoon banned there, four days apart), and a government's fall is not the naming of
   * a new prime minister four days later (docs/performance.md, "A report days later is the story so far").
   */
  sameMaxDays: number;
  /**
   * The establish bar for a report published within `datedDays` of the article (both dates known), in place of
   * the model's (0.8). That bar is set on ECB+, which has no dates and whose hardest look-alike is the same kind
   * of event with the same subject a year or more apart; a report of the same day cannot be that twin. 0.7 since
   * the model was refitted with "US" read as the country (tokenize.ts): from 0.6 to 0.7 it finds the same 81 of the
   * 99 same-day pairs, and at 0.6 a Salon essay on Uber's surge pricing was "same" as Uber's San Francisco taxi
   * plans at 0.606 when dated the same day (docs/performance.md, "US as the country").
   */
  datedEstablish: number;
  /** Days apart (at most) for {@link VerdictRule.datedEstablish}… */
  datedDays: number;
  /** …when the report carries this share of the headline's focal names (whose story it is)… */
  datedFocal: number;
  /** …and this many of the article's "what happened" words… */
  datedEventTerms: number;
  /** …and this share of the article's main names: the same subject and cast doing the same thing that day. */
  datedCast: number;
  /**
   * Such a report of the same day may establish the event from among the best `datedFrom` candidates that may
   * report it, where others must rank first (the model's `establishFrom`): another story of the subject that
   * shares more words may rank above it ("Twitter confirms it will test an edit button" came second).
   */
  datedFrom: number;
  /**
   * A report with no fellow — no other candidate resembling it above this cosine (rank.ts `fellowSimilarity`) —
   * that carries the article's subject, cast and what happened as a same-day report must, establishes at
   * `datedEstablish` too, dated or not. A look-alike event's report comes with its event's other reports, which
   * resemble it (ECB+, none cached: median closest fellow 0.52); the one cached report of the article's event has
   * none (0.12 amid the real feeds). Not for a headline alone, which resembles little (docs/performance.md, "A
   * report with no fellow").
   */
  aloneFellow: number;
  /**
   * The establish bar for a story that is its headline alone (features.ts `headlineOnly`), when the same-day bar
   * does not apply: the model learned its bar on stories with a summary, and a headline the article covers looks
   * like its report whichever event it reports (docs/performance.md, "Headline-only stories").
   */
  thinEstablish: number;
  /**
   * A report standing far ahead — its own evidence (rank.ts `own`) `aheadGap` or more above the next candidate's,
   * resembling the article at a cosine of `aheadResemblance` or more, and carrying the article's subject, cast and
   * what happened as a same-day report must — establishes at `aheadEstablish`, whatever the ranking's `establish`
   * anchor, unless its fellows raise its bar. The one cached report of the article's event stands ahead of the
   * look-alikes behind it; a look-alike stands among its own event's reports, whose evidence is close to its own
   * (docs/performance.md, "A report standing ahead").
   */
  aheadGap: number;
  aheadResemblance: number;
  aheadEstablish: number;
  /**
   * Another contender (a report of the same day behind the first, `datedFrom`) that would establish the event on
   * its own with a probability of `alsoEstablish` or more is "same" too, where the join step doubts it or hand rule
   * v3 refuses it: two outlets' same-day reports of one shelling ("civilians killed as troops open fire", "shelling
   * kills farmer; army retaliates") resemble the article more than each other. Held above every establish bar,
   * since it is not the likeliest: at the same-day bar alone, a foreign secretary's call to hit Russia's economy
   * harder became the same story as the US blocking Russia's bond payments that day (docs/performance.md, "A second
   * report that establishes the event"). A same-day report among the best `datedFrom` is asked too when it carries
   * less of the article's cast than a contender must: the winner's story and the loser's concession, a recall and
   * the regulator's note on it, are one event named by different people (performance.md, "A reader's first days,
   * held out").
   */
  alsoEstablish: number;
  /**
   * A report carrying none of the article's main names (features.ts `queryNames` 0: none of who or where it is
   * about) establishes the event only with this many of the article's "what happened" words; below, not at any
   * probability. The model learned on ECB+, where the best report always shares the topic; among unrelated real
   * stories it gave one naming nobody the article names ("Russia urged to stop using land mines") 0.84 for a
   * boxing title fight (docs/performance.md, "Who, to establish the event").
   */
  namelessEventTerms: number;
  /**
   * A report sharing none of the article's "what happened" words establishes the event only when it carries this
   * share of the article's main names; below, not at any probability. Who alone, a country or a namesake, is any
   * story of that country or that name: "Indian" and "duties" made Apple's AirPods prices in India 0.87 for an
   * Indian Navy piracy story (docs/performance.md, "Who, to establish the event").
   */
  wordlessCast: number;
  /**
   * …and only when it resembles the article as a whole at this cosine or more (`articleSimilarity`), whatever names it
   * carries: the names any story of the subject has are not the event. Among the real feeds' stories read as
   * articles, "How the War in Ukraine is Creating a Global Food Crisis" established a rally in Berlin (Russia and
   * Ukraine, cosine 0.12), Shanghai's lockdown a guide to Covid tests in England (0.21), and Apple's AirPods prices in
   * India DJI's new microphones (docs/performance.md, "Names alone do not establish the event").
   */
  wordlessResemblance: number;
  /** Salient names/terms a "same" story shares with the article at least. */
  minShared: number;
  /** A "same" story resembling the article's other best reports at least this much has their support. */
  supportedCoherence: number;
  /** Without that support (a lone report), {@link eventEvidence} must reach this. */
  aloneEvidence: number;
  /** Every "same" story needs this much {@link eventEvidence}: a topical cluster supports its members too. */
  minEvidence: number;
  /**
   * Another event's cast: a story sharing no name with the article, finding less than `otherCastArticle` of the
   * article's main names and giving names of its own of which less than `otherCastStory` are in the article.
   */
  otherCastArticle: number;
  otherCastStory: number;
  /** Score a "related" story needs when it shares a name with the article. */
  relatedThreshold: number;
  /**
   * Share of the article's focal names (features.ts focalNames: its headline's people and places, the subject
   * weighing double) a "related" story must carry: background is about whose story it is, not any name it mentions.
   */
  backgroundFocal: number;
  /** The article's "what happened" words (query.ts eventTermIds) a "related" story must share at least. */
  backgroundEventTerms: number;
  /**
   * With only `backgroundEventTerms` of those words in common, the share of the article's main names
   * (features.ts queryNames) a "related" story must also carry, beside two actors among those names and the word in
   * its own headline ({@link oneWordBackground}): a headline country and one word such as "killed" is a look-alike,
   * not this subject's earlier event; more of the cast in a story about that kind of thing, or a second word of it,
   * is.
   */
  backgroundCast: number;
  /**
   * When the headline's subject is a country or organisation the story names by none of its names
   * (features.ts `subjectMissing`), the share of the headline's names it must carry instead: the subject's own
   * story, or two of the others ("Philippines approves survey of Reed Bank gas field" for a Chinese water-cannon
   * attack at Reed Bank), not the destination alone (a drone strike in Russia for North Korean troops sent there).
   */
  backgroundSubject: number;
  /** Share of the headline's names, each found by any of its names (features.ts `focalCarried`), for {@link kindBackground}. */
  kindCarried: number;
  /** The article's "what happened" words a story must share for {@link kindBackground}. */
  kindEventTerms: number;
  /** Cosine of the story's words and the article's (names left out) for {@link wordsBackground}. */
  backgroundWords: number;
  /**
   * A report joins the established one ({@link isSame}) only when it resembles it at this cosine or more, or shares
   * `joinEventTerms` of the article's "what happened" words: a story sharing the subject and one word is the
   * subject's other news ("Ukraine: Why the cartoon Masyanya was banned in Russia" beside the EU's ban on Russian
   * coal; Elon Musk joining Twitter's board beside Twitter's edit button).
   */
  joinResemblance: number;
  joinEventTerms: number;
  /**
   * When two or more reports joined the established one and they resemble one another this much more (mean cosine
   * among them) than they resemble it (mean cosine to it), they are another event's reports, and none stays "same":
   * with one report of the article's event cached, the look-alike event's reports join it as a crowd of their own
   * (docs/performance.md, "A crowd apart").
   */
  crowdApart: number;
}

/**
 * The thresholds of the decision (docs/matching.md gives each its reason and how it was chosen; the history is
 * in git). With the learned model (same-model.ts, the default) "same" is decided by {@link isSame}: the hand
 * gates below ({@link sameGate}) stay, hand rule v3's sameness decides who may join, a report of the same day
 * carrying the article's subject and cast establishes the event at `datedEstablish`, and one without some of both
 * who and what happened establishes nothing (`namelessEventTerms`, `wordlessCast`). Without it, hand rule
 * v3 alone:
 *  - the best report must reach `establish` (its own or smoothed score), or nothing is "same";
 *  - a candidate is "same" when relativeToBest + coherence + 0.25 · aboveCrowd reaches `sameness`, it has
 *    `sameFloor` on its own, shares `minShared` names or words, was published within `sameMaxDays` of the
 *    article, is a piece of the article's kind (story-kind.ts: not a guide for a report), carries `minEvidence`
 *    of {@link eventEvidence} (`aloneEvidence` when the other best reports do not resemble it:
 *    `supportedCoherence`), and is not another event's cast (`otherCastArticle`, `otherCastStory`).
 * "Related" ({@link isBackground}): the headline's subject by any of its names doing the same kind of thing or in
 * the article's words (`backgroundWords`), or
 * the headline's focal names (`backgroundFocal` of their weight; `backgroundSubject` without the subject), one of
 * the article's "what happened" words, and `relatedThreshold` without the figures' part of the score.
 */
export const VERDICT: VerdictRule = {
  establish: 0.41,
  sameFloor: 0.2,
  sameness: 0.925,
  coherenceWeight: 1,
  crowdWeight: 0.25,
  sameMaxDays: 2,
  datedEstablish: 0.7,
  datedDays: 1,
  datedFocal: 0.5,
  datedEventTerms: 2,
  datedCast: 0.3,
  datedFrom: 3,
  aloneFellow: 0.2,
  thinEstablish: 0.97,
  aheadGap: 0.1,
  aheadResemblance: 0.25,
  aheadEstablish: 0.5,
  alsoEstablish: 0.9,
  namelessEventTerms: 3,
  wordlessCast: 0.4,
  wordlessResemblance: 0.25,
  minShared: 2,
  supportedCoherence: 0.15,
  aloneEvidence: 0.8,
  minEvidence: 0.4,
  otherCastArticle: 0.15,
  otherCastStory: 0.2,
  relatedThreshold: 0.2,
  backgroundFocal: 0.25,
  backgroundEventTerms: 1,
  backgroundCast: 0.3,
  backgroundSubject: 0.5,
  kindCarried: 0.5,
  kindEventTerms: 1,
  backgroundWords: 0.2,
  joinResemblance: 0.15,
  joinEventTerms: 2,
  crowdApart: 0.15,
};

/** How strongly the candidate belongs with the article's best reports (see {@link VERDICT}). */
export function sameness(e: CandidateEvidence, rule: VerdictRule = VERDICT): number {
  return e.relativeToBest + rule.coherenceWeight * e.coherence + rule.crowdWeight * e.aboveCrowd;
}

/**
 * The hand rules the learned model (same-model.ts) is gated by, where it is no better or cannot learn: coverage
 * of one event clusters within days (ECB+ has no dates, so the model never sees time); a how-to guide, a look
 * back, a deal, a quiz or an outlet's advertisement is never the same story as a piece of another kind
 * (story-kind.ts; ECB+ has only reports); a "same" story shares at least two names or words with the article
 * (one shared headline word is not a story), has some event evidence of its own and some score
 * ({@link eventEvidence} ≥ minEvidence, score ≥ sameFloor: the real pages against the real feeds showed stories
 * sharing "two, time, stepped" otherwise); and it is not another event's cast (names none of the article's people
 * and places while naming others).
 */
export function sameGate(e: CandidateEvidence, rule: VerdictRule = VERDICT): boolean {
  const f = e.features;
  const shared = f.sharedNames.length + Math.min(f.sharedTermIds.length, 2);
  return (
    mayReport(e, rule) &&
    shared >= rule.minShared &&
    eventEvidence(f) >= rule.minEvidence &&
    !otherCast(f, rule) &&
    e.score >= rule.sameFloor
  );
}

/**
 * Whether the candidate could be a report of the article's event at all, whatever its evidence: published within
 * `sameMaxDays` of the article (when both dates are known) and a piece of the same kind (story-kind.ts). The
 * event is established by the best-ranked candidate that may report it: a guide or an older report ranking first
 * does not hide the reports below it.
 */
export function mayReport(e: CandidateEvidence, rule: VerdictRule = VERDICT): boolean {
  const f = e.features;
  return (f.daysApart === null || f.daysApart <= rule.sameMaxDays) && !f.otherKind;
}

/**
 * Another event's cast: no shared name, few of the article's names found, and the story's names mostly others, or,
 * where its text proves no name, a country the article never mentions (features.ts `otherCountry`): "Malawi agrees
 * restructuring terms with commercial creditors" shares "lenders", "restructure" and "ministry" with a Laos debt
 * deal, and named nobody.
 */
function otherCast(f: MatchFeatures, rule: VerdictRule): boolean {
  return (
    f.sharedNames.length === 0 &&
    f.queryNames < rule.otherCastArticle &&
    (f.storyNames === null ? f.otherCountry : f.storyNames < rule.otherCastStory)
  );
}

/**
 * Whether the candidate passes the absolute conditions for "same" of hand rule v3: the hand gate, and the support
 * of the other best reports (`supportedCoherence`) or, for a lone report, `aloneEvidence` of its own.
 */
export function sameEligible(e: CandidateEvidence, rule: VerdictRule = VERDICT): boolean {
  return (
    sameGate(e, rule) && (e.coherence >= rule.supportedCoherence || eventEvidence(e.features) >= rule.aloneEvidence)
  );
}

/** Hand rule v3 on a candidate, its anchor aside: eligible, and close enough to the best reports. */
export function handJoins(e: CandidateEvidence, rule: VerdictRule = VERDICT): boolean {
  return sameEligible(e, rule) && sameness(e, rule) >= rule.sameness;
}

/** What the decision knows of the whole ranking: which candidate establishes the event, if any. */
export interface RankingContext {
  /**
   * With the model: the candidate that establishes the event (the likeliest of the best few, if likely
   * enough), else undefined. Without: the best-ranked candidate.
   */
  top: CandidateEvidence | undefined;
  /** The best candidate's own or smoothed score, whichever is higher (rank.ts `anchorScore`): hand rule v3's anchor. */
  anchor: number;
  /** Own evidence of the best-ranked candidate: what the join step compares others with. */
  bestOwn: number;
  /** Where `top` stands in the ranking (its index in `resemblance`), or -1. */
  topIndex: number;
  /** With the model: other contenders that establish the event on their own ({@link VerdictRule.alsoEstablish}). */
  alsoEstablished?: ReadonlySet<CandidateEvidence>;
}

/** The context of a ranking (`candidates` best first) for {@link decide}. */
export function rankingContext(
  candidates: readonly CandidateEvidence[],
  model: SameModel | null = SAME_MODEL,
  rule: VerdictRule = VERDICT,
): RankingContext {
  const best = candidates[0];
  const anchor = best === undefined ? 0 : Math.max(best.own, best.score);
  const bestOwn = best?.own ?? 0;
  if (model === null) return { top: best, anchor, bestOwn, topIndex: best === undefined ? -1 : 0 };
  let top: CandidateEvidence | undefined;
  let likeliest = 0;
  const sure: CandidateEvidence[] = [];
  const contenders = establishContenders(candidates, model.establishFrom, rule);
  for (const c of contenders) {
    if (!mayEstablish(c, anchor, rule)) continue;
    const p = probability(model.establish, evidenceOf(c, c.own));
    if (p < establishBar(c, model.establish.threshold, rule, model.fellows)) continue;
    if (p >= rule.alsoEstablish) sure.push(c);
    if (p >= likeliest) {
      top = c;
      likeliest = p;
    }
  }
  for (const c of sameDayNear(candidates, rule)) {
    if (contenders.includes(c)) continue;
    const p = probability(model.establish, evidenceOf(c, c.own));
    if (p >= Math.max(rule.alsoEstablish, establishBar(c, model.establish.threshold, rule, model.fellows)))
      sure.push(c);
  }
  const alsoEstablished = new Set(sure.filter((c) => c !== top));
  return { top, anchor, bestOwn, topIndex: top === undefined ? -1 : candidates.indexOf(top), alsoEstablished };
}

/**
 * Whether `c` may establish the event in a ranking whose best candidate scores `anchor` (rank.ts `own` or `score`,
 * the higher): when that reaches `establish`, or when `c` stands ahead ({@link VerdictRule.aheadGap}). The training
 * (same-training.ts) asks it too.
 */
export function mayEstablish(c: CandidateEvidence, anchor: number, rule: VerdictRule = VERDICT): boolean {
  return anchor >= rule.establish || standsAhead(c, rule);
}

/**
 * The candidates that may establish the event, best first: the first `establishFrom` that may report it, and a
 * report of the same day (`datedFrom`) among the next; each behind the hand gate. The training (same-training.ts)
 * takes its rows from these too.
 */
export function establishContenders<T extends CandidateEvidence>(
  candidates: readonly T[],
  establishFrom: number,
  rule: VerdictRule = VERDICT,
): T[] {
  return candidates
    .filter((c) => mayReport(c, rule))
    .slice(0, Math.max(establishFrom, rule.datedFrom))
    .filter((c, i) => sameGate(c, rule) && (i < establishFrom || sameDayReport(c.features, rule)));
}

/**
 * The same-day reports among the best `datedFrom` that may report the event (both dates known, within
 * `datedDays`; behind the hand gate), whatever cast they carry: {@link VerdictRule.alsoEstablish} asks these too.
 * Another outlet's report of the day may name few of the article's people ("Greenland's Egede concedes defeat"
 * beside the winner's story) and still be near-certain; it cannot be ECB+'s twin of another year.
 */
function sameDayNear<T extends CandidateEvidence>(candidates: readonly T[], rule: VerdictRule): T[] {
  return candidates
    .filter((c) => mayReport(c, rule))
    .slice(0, rule.datedFrom)
    .filter((c) => c.features.daysApart !== null && c.features.daysApart <= rule.datedDays && sameGate(c, rule));
}

/**
 * A report of the same day carrying the article's subject, cast and two of its "what happened" words (both dates
 * known, within `datedDays`): what a look-alike of another day or another subject cannot be.
 */
function sameDayReport(f: MatchFeatures, rule: VerdictRule): boolean {
  const days = f.daysApart;
  return days !== null && days <= rule.datedDays && carriesEvent(f, rule);
}

/** The article's subject (`datedFocal`), cast (`datedCast`) and two of its "what happened" words (`datedEventTerms`). */
function carriesEvent(f: MatchFeatures, rule: VerdictRule): boolean {
  return (
    f.focalNames >= rule.datedFocal && f.sharedEventTerms >= rule.datedEventTerms && f.queryNames >= rule.datedCast
  );
}

/** A report of the article's event with no fellow ({@link VerdictRule.aloneFellow}). */
function loneReport(c: CandidateEvidence, rule: VerdictRule): boolean {
  return c.fellowSimilarity !== undefined && c.fellowSimilarity <= rule.aloneFellow && carriesEvent(c.features, rule);
}

/**
 * The probability a candidate needs to establish the event: the model's threshold, or `datedEstablish` when
 * both dates are known and within `datedDays` (docs/performance.md, "Same-day reports"), or `thinEstablish`
 * for a story that is its headline alone. Out of reach (infinite) without some of both who and what happened: for
 * a story carrying none of the article's main names and fewer than `namelessEventTerms` of its "what happened"
 * words, or none of those words and less than `wordlessCast` of its names or a resemblance to the article under
 * `wordlessResemblance`. Otherwise the model's `fellows` bars move it: lower for a report standing apart, higher for
 * one its fellows resemble more than the article does ({@link fellowBar}); a report with no fellow carrying the
 * article's subject, cast and what happened needs no more than `datedEstablish` (`aloneFellow`), and one standing
 * far ahead of the next candidate no more than `aheadEstablish`, unless its fellows raised its bar (`aheadGap`). The
 * training (same-training.ts) asks it too, with other thresholds.
 */
export function establishBar(
  c: CandidateEvidence,
  threshold: number,
  rule: VerdictRule = VERDICT,
  fellows: FellowBars | null = null,
): number {
  const f = c.features;
  if (f.queryNames === 0 && f.sharedEventTerms < rule.namelessEventTerms) return Number.POSITIVE_INFINITY;
  if (f.sharedEventTerms === 0 && (f.queryNames < rule.wordlessCast || wordlessUnlike(c, rule)))
    return Number.POSITIVE_INFINITY;
  if (sameDayReport(f, rule)) return Math.min(threshold, rule.datedEstablish);
  // A headline alone keeps its bar, whatever its fellows: being short, it resembles little.
  if (f.headlineOnly) return Math.max(threshold, rule.thinEstablish);
  const bar = fellows === null ? threshold : fellowBar(c, threshold, fellows);
  const alone = loneReport(c, rule) ? Math.min(bar, rule.datedEstablish) : bar;
  // A crowded report keeps its bar: fellows far closer to it than the article outweigh its lead.
  return bar <= threshold && standsAhead(c, rule) ? Math.min(alone, rule.aheadEstablish) : alone;
}

/** A report standing far ahead of the next candidate ({@link VerdictRule.aheadGap}); never a headline alone. */
function standsAhead(c: CandidateEvidence, rule: VerdictRule): boolean {
  return (
    !c.features.headlineOnly &&
    c.ownGap >= rule.aheadGap &&
    (c.features.daysApart === null || c.features.daysApart <= rule.datedDays) &&
    c.articleSimilarity !== undefined &&
    c.articleSimilarity >= rule.aheadResemblance &&
    carriesEvent(c.features, rule)
  );
}

/** Whether the report resembles the article less than `wordlessResemblance` (unknown without the cosines: no). */
function wordlessUnlike(c: CandidateEvidence, rule: VerdictRule): boolean {
  return c.articleSimilarity !== undefined && c.articleSimilarity < rule.wordlessResemblance;
}

/**
 * The establish bar by the report's closest fellow (same-model.ts `FellowBars`): `apart.threshold` when it resembles
 * the article at `apart.similarity` or more and no other candidate more than it resembles the article;
 * `crowded.threshold` when its closest fellow resembles it by `crowded.margin` or more above the article; else the
 * model's. Without the cosines (evidence built by hand), the model's.
 */
export function fellowBar(c: CandidateEvidence, threshold: number, fellows: FellowBars): number {
  const article = c.articleSimilarity;
  const fellow = c.fellowSimilarity;
  if (article === undefined || fellow === undefined) return threshold;
  const { apart, crowded } = fellows;
  if (apart !== null && article >= apart.similarity && fellow <= article) return Math.min(threshold, apart.threshold);
  if (crowded !== null && fellow - article >= crowded.margin) return Math.max(threshold, crowded.threshold);
  return threshold;
}

/**
 * Whether the candidate is another report of the article's event. With the model (same-model.ts): the best
 * candidate must establish the event on its own evidence, and every other "same" story must join it; both
 * behind the hand gate ({@link sameGate}). Without (model null): hand rule v3.
 */
export function isSame(
  e: CandidateEvidence,
  ctx: RankingContext,
  rule: VerdictRule = VERDICT,
  model: SameModel | null = SAME_MODEL,
): boolean {
  if (model === null)
    return ctx.anchor >= rule.establish && sameEligible(e, rule) && sameness(e, rule) >= rule.sameness;
  if (ctx.top === undefined || !sameGate(e, rule)) return false;
  if (e === ctx.top || ctx.alsoEstablished?.has(e) === true) return true;
  if (!aboutTheEvent(e, ctx.topIndex, rule)) return false;
  // Joining also takes hand rule v3 (its support, evidence and sameness conditions): the model alone let a
  // same-day rescue at the same port join a strike's reports (rank.test.ts).
  return handJoins(e, rule) && probability(model.join, evidenceOf(e, ctx.bestOwn)) >= model.join.threshold;
}

/**
 * Whether a report that would join the established one is about the event, not only its cast: it resembles the
 * established report (`joinResemblance`) or shares `joinEventTerms` of the article's "what happened" words. The
 * join model trusts names, and a thin article names little: "Brussels to ban Russian coal imports" has "Russian"
 * alone, which every Russia story carries. `topIndex` is where the established report stands in the ranking. The
 * training (same-training.ts) asks it too.
 */
export function aboutTheEvent(e: CandidateEvidence, topIndex: number, rule: VerdictRule = VERDICT): boolean {
  const reach = e.resemblance?.[topIndex] ?? e.anchorSimilarity;
  return reach >= rule.joinResemblance || e.features.sharedEventTerms >= rule.joinEventTerms;
}

/** The verdict for one candidate in its ranking's context. Null means "not shown". */
export function decide(
  e: CandidateEvidence,
  ctx: RankingContext,
  rule: VerdictRule = VERDICT,
  model: SameModel | null = SAME_MODEL,
): 'same' | 'related' | null {
  if (isSame(e, ctx, rule, model)) return 'same';
  return isBackground(e, rule) ? 'related' : null;
}

/**
 * The verdicts of a whole ranking (`candidates` best first, as rank.ts `scoreCandidates` gives them), in its
 * order: each candidate decided on its own ({@link decide}), then, with a model that has one, the join by
 * resemblance ({@link joinsByResemblance}); with a model, a crowd apart ({@link crowdApart}) leaves the established
 * report alone "same".
 */
export function decideAll(
  candidates: readonly CandidateEvidence[],
  ctx: RankingContext,
  rule: VerdictRule = VERDICT,
  model: SameModel | null = SAME_MODEL,
): ('same' | 'related' | null)[] {
  const verdicts = candidates.map((c) => decide(c, ctx, rule, model));
  if (model === null) return verdicts;
  const chain = model.chain;
  const joins =
    chain === null
      ? []
      : joinsByResemblance(
          candidates,
          verdicts.map((v) => v === 'same'),
          chain,
          (c) => probability(model.join, evidenceOf(c, ctx.bestOwn)),
          rule,
        );
  const same = verdicts.map((v, i) => v === 'same' || joins[i] === true);
  const apart = crowdApart(candidates, same, ctx.topIndex, rule);
  return verdicts.map((v, i) => {
    if (!same[i]) return v;
    // A crowd apart: the established report alone stays "same"; the others are what each would be on its own.
    if (apart && i !== ctx.topIndex) return isBackground(candidates[i] as CandidateEvidence, rule) ? 'related' : null;
    return 'same';
  });
}

/**
 * Whether the reports "same" beside the established one (`same`, in ranking order; `topIndex` the established
 * report's place) are a crowd apart ({@link VerdictRule.crowdApart}). Without the cosines (evidence built by hand),
 * no. The training (same-training.ts) asks it too.
 */
export function crowdApart(
  candidates: readonly CandidateEvidence[],
  same: readonly boolean[],
  topIndex: number,
  rule: VerdictRule = VERDICT,
): boolean {
  const crowd = same.flatMap((v, i) => (v && i !== topIndex ? [i] : []));
  if (topIndex < 0 || crowd.length < 2) return false;
  const cosine = (i: number, j: number): number | undefined => candidates[i]?.resemblance?.[j];
  let toReport = 0;
  let among = 0;
  let pairs = 0;
  for (const [k, i] of crowd.entries()) {
    const reach = cosine(i, topIndex);
    if (reach === undefined) return false;
    toReport += reach;
    for (const j of crowd.slice(k + 1)) {
      among += cosine(i, j) ?? 0;
      pairs++;
    }
  }
  return among / pairs - toReport / crowd.length >= rule.crowdApart;
}

/**
 * Which candidates join by resemblance (same-model.ts `chain`), given which are "same" already (`same`, in ranking
 * order) and each one's join probability: a candidate not yet "same" that passes hand rule v3's absolute conditions
 * ({@link sameEligible}) and resembles a "same" report at `chain.similarity` joins at `chain.threshold`, below the
 * join's own bar. A report the article words differently is found through the reports it resembles. Nothing joins
 * where nothing is "same", so a crowd of look-alikes with no established report still vouches for nothing. One
 * round: a candidate joined this way brings in no others. The training (same-training.ts) replays it too.
 */
export function joinsByResemblance<T extends CandidateEvidence>(
  candidates: readonly T[],
  same: readonly boolean[],
  chain: { similarity: number; threshold: number },
  joinProbability: (c: T) => number,
  rule: VerdictRule = VERDICT,
): boolean[] {
  const joined = same.flatMap((v, i) => (v ? [i] : []));
  return candidates.map((c, i) => {
    if (same[i] === true || joined.length === 0 || c.resemblance === undefined || !sameEligible(c, rule)) return false;
    const reach = Math.max(...joined.map((j) => c.resemblance?.[j] ?? 0));
    return reach >= chain.similarity && joinProbability(c) >= chain.threshold;
  });
}

/**
 * Related background: an earlier (or parallel) event of the article's subject — its focal actors doing the
 * same kind of thing. Either:
 *  - the subject, named by any of its names, doing that kind of thing ({@link kindBackground}); or
 *  - the subject so named in a story whose words resemble the article's ({@link wordsBackground}); or
 *  - the article's focal names (at least `backgroundFocal` of their weight, both as written and each carried
 *    whole: the headline's subject, or one of its next two names; a word capitalised only by its place, such as
 *    the "Police" opening each sentence, carries nothing; when the subject is a country or organisation the story names by none of its names, two of
 *    the others: `backgroundSubject`), one of its "what happened" words, and `relatedThreshold` without the
 *    figures' part of the score (a shared "46" or "2013" says nothing of the subject). With a single "what
 *    happened" word in common the story must also carry `backgroundCast` of the article's main names, two actors
 *    among its names, and the word in its own headline ({@link oneWordBackground}). With only a country in common
 *    (actor-names.ts `oneCountry`), one of the shared words must be in the story's headline too: "UK", "price" and
 *    "energy" made Shell's tax rebate on the North Sea background to a call for readers' food prices.
 * A country the article names only in passing, a headline country doing something else (a strike on Kyiv on an
 * article about North Korean troops going to Russia) or where the troops went (a drone strike in Russia) is not
 * background (background.test.ts, background-kinds.test.ts). Nor is a piece that reports no event, whatever war,
 * team or company it names: a shopping deal, a quiz, an outlet's advertisement for its own newsletter or podcast
 * (features.ts `notNews`; two Apple deals on Amazon were background for Amazon's workers voting to unionise).
 */
export function isBackground(e: CandidateEvidence, rule: VerdictRule = VERDICT): boolean {
  const f = e.features;
  if (f.notNews) return false;
  if (kindBackground(f, rule)) return true;
  if (wordsBackground(e, rule)) return true;
  if (
    Math.min(f.focalNames, f.focalCarried) < rule.backgroundFocal ||
    (f.subjectMissing && f.focalCarried < rule.backgroundSubject)
  )
    return false;
  if (f.sharedEventTerms < rule.backgroundEventTerms || f.sharedNames.length === 0) return false;
  // One "what happened" word and the headline's country is what any story of that country that day shares.
  if (f.sharedEventTerms <= rule.backgroundEventTerms && !oneWordBackground(f, rule)) return false;
  // A country and words that the story's own headline does not carry: it mentions them in passing.
  if (f.headlineEventTerms === 0 && oneCountry(f.sharedNames)) return false;
  return e.score - WEIGHTS.numbersAgree * f.numbersAgree >= rule.relatedThreshold;
}

/**
 * The subject doing that kind of thing again, in whatever words: a story naming the headline's country or
 * organisation by any of its names ("Pyongyang", "Kim Jong Un") or half of its person or place ("Sydney",
 * "Bolsonaro": a proper name, name-kinds.ts `nameKinds`), with `kindCarried` of the headline's names so carried, a
 * word of the article's kind of event in its own headline ("ICBM" for troops sent to Russia) and `kindEventTerms`
 * of the article's "what happened" words. No score: such a story may share few of the article's words, which is
 * why it needs the kind.
 */
function kindBackground(f: MatchFeatures, rule: VerdictRule): boolean {
  return (
    f.kindInHeadline &&
    (f.focalActor || f.focalNamed) &&
    f.focalCarried >= rule.kindCarried &&
    f.sharedEventTerms >= rule.kindEventTerms
  );
}

/**
 * The subject, carried as for {@link kindBackground}, in a story whose words resemble the article's at
 * `backgroundWords` or more (rank.ts `wordSimilarity`, the article's names left out of both): the same actors doing
 * the same kind of thing, however it is worded. A regulator's earlier probe of a carmaker's brakes, a union's
 * earlier walkouts or a player's provisional suspension share few of the article's ten "what happened" words and no
 * word of a listed kind, but much of its vocabulary; the subject at something else (a bank sponsoring a comedy
 * prize, a city's food festival) shares its name and little else (docs/performance.md, "A reader's first
 * days, held out").
 */
function wordsBackground(e: CandidateEvidence, rule: VerdictRule): boolean {
  const f = e.features;
  return (
    (f.focalActor || f.focalNamed) &&
    f.focalCarried >= rule.kindCarried &&
    e.wordSimilarity !== undefined &&
    e.wordSimilarity >= rule.backgroundWords
  );
}

/**
 * Background sharing a single "what happened" word with the article: the story must carry `backgroundCast` of the
 * article's main names, two actors among them (actor-names.ts `countActors`), and that word in its own headline
 * (what the story itself is about). "Greek" and "killed" alone join a teenager shot by police in 2008 to a bank
 * firebombed two years later. A place and a word any story of that place may have ("Paris" and "hit" on a jewellery
 * raid and a rail journey to Cádiz; "Obama" and "administration" on his reversal of Bush's rules and his lessons as
 * president) were most of the background that ECB+ articles found amid the real feeds, which hold nothing of their
 * topics (docs/performance.md, "Background amid the real feeds"). One country by two of its names is still one:
 * "US", "America" and "crisis" joined an opioid epidemic to a column on who gains from the war in Ukraine.
 */
function oneWordBackground(f: MatchFeatures, rule: VerdictRule): boolean {
  return f.queryNames >= rule.backgroundCast && f.headlineEventTerms > 0 && countActors(f.sharedNames) >= 2;
}
