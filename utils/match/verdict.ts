/**
 * The decision per candidate: "same" (another report of the article's event), "related" (background on the
 * same actors or subject: background-verdict.ts) or not shown. The thresholds and the evidence they read are in
 * verdict-rule.ts; docs/matching.md gives each its reason and how it was chosen.
 */
import { eventEvidence } from './combine';
import type { MatchFeatures } from './features';
import { evidenceOf, probability, type FellowBars, type SameModel } from './same-model';
import { SAME_MODEL } from './same-model-weights';
import { isBackground } from './background-verdict';
import { dayJoinProbability, type DayJoinModel } from './day-join';
import { DAY_JOIN } from './day-join-weights';
import { VERDICT, type CandidateEvidence, type VerdictRule } from './verdict-rule';

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
 * `sameMaxDays` of the article (when both dates are known), a piece of the same kind (story-kind.ts), and not
 * another contest's result or another city's act (features.ts `otherContest`, `otherCity`). The
 * event is established by the best-ranked candidate that may report it: a guide or an older report ranking first
 * does not hide the reports below it.
 */
export function mayReport(e: CandidateEvidence, rule: VerdictRule = VERDICT): boolean {
  const f = e.features;
  return (f.daysApart === null || f.daysApart <= rule.sameMaxDays) && !f.otherKind && !f.otherContest && !f.otherCity;
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
 * the higher): when that reaches `establish`, or when `c` stands ahead ({@link VerdictRule.aheadGap}); and not when it
 * resembles the article too little ({@link tooUnlikeToEstablish}). The training (same-training.ts) asks it too.
 */
export function mayEstablish(c: CandidateEvidence, anchor: number, rule: VerdictRule = VERDICT): boolean {
  return (anchor >= rule.establish || standsAhead(c, rule) || soleReport(c, rule)) && !tooUnlikeToEstablish(c, rule);
}

/**
 * The only story among the ranking's best candidates that carries the article's subject, telling two of its "what
 * happened" words and naming in its headline nobody and nowhere the article never mentions
 * ({@link VerdictRule.soleEstablish}); never a headline alone.
 */
function soleReport(c: CandidateEvidence, rule: VerdictRule): boolean {
  const f = c.features;
  return (
    c.subjectRival !== undefined &&
    c.subjectRival < rule.datedFocal &&
    subjectDoingIt(f, rule) &&
    f.titleNamesMissing === 0 &&
    !f.headlineOnly
  );
}

/**
 * The candidates that may establish the event, best first: the first `establishFrom` that may report it, and among
 * the next (`datedFrom`) a report of the same day or the one whose own evidence stands `aheadGap` above every other
 * candidate's: the neighbours' support can rank a reaction first ("Brazilian clubs warn betting ad ban would cost
 * them R$1.5 billion") above the plain report ("Brazil's lower house approves ban on betting ads", own evidence 0.72
 * to 0.52). Each behind the hand gate. The training (same-training.ts) takes its rows from these too.
 */
export function establishContenders<T extends CandidateEvidence>(
  candidates: readonly T[],
  establishFrom: number,
  rule: VerdictRule = VERDICT,
): T[] {
  const reporting = candidates.filter((c) => mayReport(c, rule)).slice(0, Math.max(establishFrom, rule.datedFrom));
  const ahead = reporting.reduce<T | undefined>((b, c) => (b === undefined || c.own > b.own ? c : b), undefined);
  return reporting.filter(
    (c, i) =>
      sameGate(c, rule) &&
      (i < establishFrom || sameDayReport(c.features, rule) || (c === ahead && c.ownGap >= rule.aheadGap)),
  );
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
  return subjectDoingIt(f, rule) && f.queryNames >= rule.datedCast;
}

/** The article's subject (`datedFocal`) and two of its "what happened" words (`datedEventTerms`). */
function subjectDoingIt(f: MatchFeatures, rule: VerdictRule): boolean {
  return f.focalNames >= rule.datedFocal && f.sharedEventTerms >= rule.datedEventTerms;
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
 * `wordlessResemblance`; for someone else's story (features.ts `otherSubject`); and for a roundup whose headline
 * lacks the article's subject and which carries less than `roundupFocal` of its focal names. Otherwise the model's `fellows` bars move it: lower for a report standing apart, higher for
 * one its fellows resemble more than the article does ({@link fellowBar}); a report with no fellow carrying the
 * article's subject, cast and what happened needs no more than `datedEstablish` (`aloneFellow`), the only story about
 * the article's subject no more than `soleEstablish`, and one standing far ahead of the next candidate no more than
 * `aheadEstablish`, unless its fellows raised its bar (`aheadGap`). The training (same-training.ts) asks it too, with
 * other thresholds.
 */
export function establishBar(
  c: CandidateEvidence,
  threshold: number,
  rule: VerdictRule = VERDICT,
  fellows: FellowBars | null = null,
): number {
  const f = c.features;
  if (f.queryNames === 0 && f.sharedEventTerms < rule.namelessEventTerms) return Number.POSITIVE_INFINITY;
  if (f.otherSubject || (f.notNews && !f.subjectInHeadline && f.focalNames < rule.roundupFocal))
    return Number.POSITIVE_INFINITY;
  if (f.sharedEventTerms === 0 && (f.queryNames < rule.wordlessCast || unlike(c, rule.wordlessResemblance)))
    return Number.POSITIVE_INFINITY;
  if (sameDayReport(f, rule)) return Math.min(threshold, rule.datedEstablish);
  // A headline alone keeps its bar, whatever its fellows: being short, it resembles little.
  if (f.headlineOnly) return Math.max(threshold, rule.thinEstablish);
  const bar = fellows === null ? threshold : fellowBar(c, threshold, fellows, rule);
  const alone = loneReport(c, rule) ? Math.min(bar, rule.datedEstablish) : bar;
  // A crowded report keeps its bar: fellows far closer to it than the article outweigh its lead or its subject.
  if (bar > threshold) return alone;
  const sole = soleReport(c, rule) ? Math.min(alone, rule.soleEstablish) : alone;
  return standsAhead(c, rule) ? Math.min(sole, rule.aheadEstablish) : sole;
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

/**
 * Whether a report resembles the article too little to be the one that establishes the event, though it may join one
 * that does: less than `establishResemblance` whatever it carries, or less than `focallessResemblance` carrying none
 * of the focal names the article's headline names (features.ts `focalless`).
 */
function tooUnlikeToEstablish(c: CandidateEvidence, rule: VerdictRule): boolean {
  return unlike(c, rule.establishResemblance) || (c.features.focalless && unlike(c, rule.focallessResemblance));
}

/** Whether the report resembles the article less than `cosine` (unknown without the cosines: no). */
function unlike(c: CandidateEvidence, cosine: number): boolean {
  return c.articleSimilarity !== undefined && c.articleSimilarity < cosine;
}

/**
 * The establish bar by the report's closest fellow (same-model.ts `FellowBars`): `apart.threshold` when it resembles
 * the article at `apart.similarity` or more and no other candidate more than it resembles the article;
 * `memberEstablish` when it has a fellow as close as the article yet the article sits among the best candidates
 * ({@link articleInCrowd}); `crowded.threshold` when its closest fellow resembles it by `crowded.margin` or more
 * above the article; else the model's. Without the cosines (evidence built by hand), the model's.
 */
export function fellowBar(
  c: CandidateEvidence,
  threshold: number,
  fellows: FellowBars,
  rule: VerdictRule = VERDICT,
): number {
  const article = c.articleSimilarity;
  const fellow = c.fellowSimilarity;
  if (article === undefined || fellow === undefined) return threshold;
  const { apart, crowded } = fellows;
  if (apart !== null && article >= apart.similarity && fellow <= article) return Math.min(threshold, apart.threshold);
  if (fellow >= article && articleInCrowd(c, rule)) return Math.min(threshold, rule.memberEstablish);
  if (crowded !== null && fellow - article >= crowded.margin) return Math.max(threshold, crowded.threshold);
  return threshold;
}

/**
 * Whether the article, read as a story of the cache, is one of the crowd its best candidates make (rank.ts `crowdOf`;
 * `crowdCohesion` and `crowdMember`): then a report's close fellows are its event's other reports, not a look-alike
 * event's.
 */
function articleInCrowd(c: CandidateEvidence, rule: VerdictRule): boolean {
  return c.crowd !== undefined && c.crowd.cohesion >= rule.crowdCohesion && c.crowd.membership >= rule.crowdMember;
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
  // Joining takes its sameness, and the model: the model alone let a same-day rescue at the same port join a strike's
  // reports (rank.test.ts). Where both dates are known, the join of the day decides instead ({@link decideAll}).
  if (!aboutTheEvent(e, ctx.topIndex, rule)) return false;
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
  return reachOf(e, topIndex) >= rule.joinResemblance || e.features.sharedEventTerms >= rule.joinEventTerms;
}

/**
 * The candidate's cosine to the established report at `topIndex` in the ranking (to the best-ranked candidate where
 * the evidence was built by hand, without the ranking's cosines).
 */
export function reachOf(e: CandidateEvidence, topIndex: number): number {
  return e.resemblance?.[topIndex] ?? e.anchorSimilarity;
}

/** The verdict for one candidate in its ranking's context. Null means "not shown". */
export function decide(
  e: CandidateEvidence,
  ctx: RankingContext,
  rule: VerdictRule = VERDICT,
  model: SameModel | null = SAME_MODEL,
): 'same' | 'related' | null {
  return isSame(e, ctx, rule, model) ? 'same' : notSame(e, rule);
}

/** What a candidate that is not the same story is: background ("related") or not shown. */
function notSame(e: CandidateEvidence, rule: VerdictRule): 'related' | null {
  return isBackground(e, rule) ? 'related' : null;
}

/**
 * Whether the join of the day (day-join.ts) decides the candidate in this ranking: the event is established, by
 * another report, and both dates are known. The training (train-day-join.ts) takes its rows from these too.
 */
export function joinedByDay(c: CandidateEvidence, ctx: RankingContext): boolean {
  return (
    ctx.top !== undefined && c !== ctx.top && ctx.alsoEstablished?.has(c) !== true && c.features.daysApart !== null
  );
}

/**
 * The verdicts of a whole ranking (`candidates` best first, as rank.ts `scoreCandidates` gives them), in its
 * order: each candidate decided on its own ({@link decide}), then, with a model that has one, the join by
 * resemblance ({@link joinsByResemblance}); with a model, a crowd apart ({@link crowdApart}) leaves the established
 * report alone "same". Last, where the event is established, the join of the day (`day`, day-join.ts) decides every
 * other candidate whose date and the article's are both known: behind the hand gate, "same" at its threshold; a
 * candidate the steps before had joined and it does not is what it would be on its own (background or not shown).
 */
export function decideAll(
  candidates: readonly CandidateEvidence[],
  ctx: RankingContext,
  rule: VerdictRule = VERDICT,
  model: SameModel | null = SAME_MODEL,
  day: DayJoinModel | null = DAY_JOIN,
): ('same' | 'related' | null)[] {
  const before = decideJoins(candidates, ctx, rule, model);
  if (model === null || day === null) return before;
  return before.map((v, i) => {
    const c = candidates[i] as CandidateEvidence;
    if (!joinedByDay(c, ctx)) return v;
    if (sameGate(c, rule) && dayJoinProbability(day, c, reachOf(c, ctx.topIndex)) >= day.threshold) return 'same';
    return v === 'same' ? notSame(c, rule) : v;
  });
}

/** {@link decideAll} before the join of the day. */
function decideJoins(
  candidates: readonly CandidateEvidence[],
  ctx: RankingContext,
  rule: VerdictRule,
  model: SameModel | null,
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
    if (apart && i !== ctx.topIndex) return notSame(candidates[i] as CandidateEvidence, rule);
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
