/**
 * The join by the event's own name: on the day of an event, a mine, a village, a union or an app that the article
 * and its established report both name is, in other stories of that day, the same event again, reported from
 * another side or a day on ("Death toll in Tentek-Vostok blast rises to 27" beside the blast's first report; "GDL
 * strike day two"). Such reports share few words with the article, so the model (trained on ECB+, which has no
 * dates) leaves them out or under background. A country or an organisation of the gazetteer is no such name: it
 * has many events a day. Nor is a name that some other story of those days carries without joining too: Elon Musk
 * joining Twitter's board shares "Elon Musk" with Twitter's edit button and VanMoof's e-bikes the same day, and
 * the name is then a subject's, not an event's.
 */
import { actorIdsOf } from './actor-names';
import { VERDICT, type CandidateEvidence, type VerdictRule } from './verdict-rule';

/**
 * Which candidates join the established report (`top`) by an event's name, given which are "same" already (`same`,
 * in ranking order) and which pass the hand gate (`gated`: verdict.ts `sameGate`). A candidate joins when it is a
 * dated report of the same day that says what happened (the rule's `nameJoin…` thresholds) and shares with the
 * article a name the established report shares too, which is no actor's and which every other story of those days
 * carrying it either is "same" already or joins with it. Nothing joins where nothing is established.
 */
export function joinsByEventName<T extends CandidateEvidence>(
  candidates: readonly T[],
  same: readonly boolean[],
  top: T | undefined,
  gated: (c: T) => boolean,
  rule: VerdictRule = VERDICT,
): boolean[] {
  const none = candidates.map(() => false);
  if (top === undefined) return none;
  const eventNames = new Set(ownNames(top.features.sharedNames));
  if (eventNames.size === 0) return none;
  const ofTheDay = (c: T): boolean => {
    const days = c.features.daysApart;
    return days !== null && days <= rule.nameJoinDays && !c.features.notNews;
  };
  const mayJoin = candidates.map(
    (c, i) =>
      !same[i] &&
      ofTheDay(c) &&
      c.features.sharedEventTerms >= rule.nameJoinEventTerms &&
      c.features.headlinePlainEventTerms >= rule.nameJoinHeadlineTerms &&
      gated(c),
  );
  // A name is the event's when every story of those days carrying it, not yet "same", may join.
  const theEvents = new Set(
    [...eventNames].filter((name) =>
      candidates.every(
        (c, i) => same[i] === true || mayJoin[i] === true || !ofTheDay(c) || !c.features.sharedNames.includes(name),
      ),
    ),
  );
  return candidates.map((c, i) => mayJoin[i] === true && c.features.sharedNames.some((name) => theEvents.has(name)));
}

/** The names that are no country's or organisation's of the gazetteer (actor-names.ts): a place, a firm, a person. */
function ownNames(names: readonly string[]): string[] {
  return names.filter((name) => actorIdsOf([name]).size === 0);
}
