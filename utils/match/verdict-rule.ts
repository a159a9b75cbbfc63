/**
 * What the same-story decision reads of each candidate (`CandidateEvidence`) and every threshold it uses
 * (`VerdictRule`, with the chosen values in `VERDICT`). docs/matching.md gives each threshold its reason and how it
 * was chosen; verdict.ts decides "same", background-verdict.ts "related".
 */
import type { MatchFeatures } from './features';

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
   * join by resemblance (verdict.ts `decideAll`). Absent where a caller builds evidence by hand: no such join then.
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
  /** The best candidates' crowd, and the article's place in it (rank.ts `crowdOf`). Absent where built by hand. */
  crowd?: Crowd;
  /**
   * The largest share of the article's focal names (features.ts `focalNames`) that another of the ranking's best
   * candidates carries (rank.ts `subjectRivals`): under half, the candidate is the only story about the article's
   * subject. Absent where built by hand.
   */
  subjectRival?: number;
}

/** The best five candidates (by their own evidence) as a crowd, and how much the article sits in it. */
export interface Crowd {
  /** Their mean cosine to one another. */
  cohesion: number;
  /**
   * The article's mean cosine to them, read as a story of the cache would be (its headline and lead), less their
   * {@link cohesion}: near 0 or above, the article is one of them.
   */
  membership: number;
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
  /** Threshold on verdict.ts `sameness`. */
  sameness: number;
  /** Weight of `coherence` in verdict.ts `sameness`. */
  coherenceWeight: number;
  /** Weight of `aboveCrowd` in verdict.ts `sameness`. */
  crowdWeight: number;
  /**
   * Coverage of one event clusters in days: a report further apart (when both dates are known) is background, or the
   * story so far. 2 since session 24 (4 before): among the real feeds' stories read as articles, every "same" row
   * 2 to 4 days apart was a sequel or another event (a news conference two days after a landing; a US ban on
   * investment in Russia and a cartoon banned there, four days apart), and a government's fall is not the naming of
   * a new prime minister four days later (docs/performance.md, "A report days later is the story so far"). 1.5 since
   * session 34: in the written sets every labelled report is within 30 hours of its article, and the day before's
   * development (the storm's red warning a day before it struck, divers reaching the trapped cavers a day before the
   * rescue, 25 to 46 hours earlier) was "same" beside the day's reports; half a day over a day is left for a feed that
   * dates an item late. The real feeds' rows and the same-day pairs did not move ("The day before's development").
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
   * A report whose fellows resemble it as much as the article does or more establishes at `memberEstablish` when the
   * article sits in the crowd of the best five candidates: they resemble one another at a mean cosine of
   * `crowdCohesion` or more, and the article, read as a story of the cache (its headline and lead), resembles them at
   * most `crowdMember` less (rank.ts `crowdOf`). A full cache's reports of the article's event are each other's
   * fellows, which raised their bar as a look-alike event's would; but the article is one of them, while a look-alike
   * event's reports resemble one another more than the article. Five stories that hardly resemble one another are no
   * crowd to be one of (docs/performance.md, "The article in its crowd").
   */
  crowdMember: number;
  crowdCohesion: number;
  memberEstablish: number;
  /**
   * A report that alone among the ranking's best candidates carries the article's subject (`datedFocal` of its focal
   * names, where no other candidate carries as much: `subjectRival`) and tells two of its "what happened" words
   * (`datedEventTerms`) establishes at `soleEstablish`, whatever the ranking's `establish` anchor, when its headline
   * names nobody and nowhere the article never mentions (features.ts `titleNamesMissing` 0). A look-alike event of
   * the same subject comes with its own reports, which carry the subject too; one of another subject does not carry
   * it. The one cached report of the article's event is, in a cache that holds nothing else on its subject, that
   * story: short beside a long article, it often scores under the anchor. A lone look-alike of the subject names its
   * own case in its headline ("Coroner finds Geelong man's death in police cells was preventable" beside the coroner's
   * finding on a Ballarat shooting). Not for a headline alone, which keeps its bar (docs/performance.md, "The only
   * story about the subject").
   */
  soleEstablish: number;
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
   * A roundup (a live page, a briefing) establishes the event only when its headline has the article's headline
   * subject (features.ts `subjectInHeadline`) or it carries this share of the article's focal names: "Live: Copa del
   * Rey day two — Barça v Valencia and Tenerife v Joventut" names the venue's team, not the quarter-final the article
   * reports; ECB+'s "Sports news in brief from around the world:" leads its summary with the event.
   */
  roundupFocal: number;
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
  /**
   * The report that establishes the event resembles the article as a whole at this cosine at least
   * (`articleSimilarity`), whatever the model says of it; it may still join a report that does. Among the written
   * scenarios with nothing of the event cached, the institution's other act the same day ("Toronto council approves
   * 75 new speed cameras near schools" beside its leaf-blower ban, 0.15) and the same city's other news ("Msunduzi
   * council approves 12% electricity tariff increase" beside a campus closed in Pietermaritzburg) resemble their
   * articles less than any report that establishes its event (docs/performance.md, "A report that establishes the
   * event resembles the article").
   */
  establishResemblance: number;
  /**
   * A report carrying none of the focal names the article's headline names (features.ts `focalless`: not who or what
   * the article is about, by any name) establishes the event only when it resembles the article as a whole at this
   * cosine or more (`articleSimilarity`). Without its subject, a story sharing only the kind of event and the country
   * is another event of that kind: "Italy faces 24-hour air transport strike on Friday" beside French air traffic
   * controllers' strike, "Health ministry proposes ban on alcohol sales at petrol stations" beside Kraków's night-time
   * ban (docs/performance.md, "A report that establishes the event resembles the article").
   */
  focallessResemblance: number;
  /** Salient names/terms a "same" story shares with the article at least. */
  minShared: number;
  /** A "same" story resembling the article's other best reports at least this much has their support. */
  supportedCoherence: number;
  /** Without that support (a lone report), combine.ts `eventEvidence` must reach this. */
  aloneEvidence: number;
  /** Every "same" story needs this much combine.ts `eventEvidence`: a topical cluster supports its members too. */
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
   * its own headline (background-verdict.ts `oneWordBackground`): a headline country and one word such as "killed" is a look-alike,
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
  /** Share of the headline's names, each found by any of its names (features.ts `focalCarried`), for background-verdict.ts `kindBackground`. */
  kindCarried: number;
  /** The article's "what happened" words a story must share for background-verdict.ts `kindBackground`. */
  kindEventTerms: number;
  /** Cosine of the story's words and the article's (names left out) for background-verdict.ts `wordsBackground`. */
  backgroundWords: number;
  /**
   * Share of the headline's names, each found by any of its names, for background-verdict.ts `wordsBackground`: less
   * than `kindCarried`, since the words vouch for the subject too. At 0.3 one of a two-name headline's names is
   * enough ("Lodestar's Petrel lander lost during descent to the Moon" for Lodestar's Tern tipping over on it; the
   * second carries 0.33 of their weight, the subject 0.67), where 0.5 asked for the subject itself; a third name
   * alone (0.25) still is not (docs/performance.md, "Background in the article's words, by one of its names").
   */
  wordsCarried: number;
  /**
   * The cosine that will do for background-verdict.ts `wordsBackground` when the story's own headline has one of the
   * article's "what happened" words and it carries `headlineWordsCarried` of the headline's names: the subject's
   * earlier step, told in its headline ("Chamber committee approves curbs on betting ads in Brazil" for the chamber
   * passing the ban; "Mercia Vale Water fined £4.1m for polluting River Teme" for its record fine), shares fewer of
   * the article's words than a story on the same affair. In the written sets, at 0.15 background found rose by 53 of
   * 1,158 with every report cached for 3 look-alikes shown, each half alike; at 0.12, 74 for 5 (docs/performance.md,
   * "Background told in its headline").
   */
  headlineWords: number;
  headlineWordsCarried: number;
  /**
   * A report joins the established one (verdict.ts `isSame`) only when it resembles it at this cosine or more, or shares
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
 * in git). With the learned model (same-model.ts, the default) "same" is decided by verdict.ts `isSame`: the hand
 * gates below (verdict.ts `sameGate`) stay, hand rule v3's sameness decides who may join, a report of the same day
 * carrying the article's subject and cast establishes the event at `datedEstablish`, and one without some of both
 * who and what happened establishes nothing (`namelessEventTerms`, `wordlessCast`). Without it, hand rule
 * v3 alone:
 *  - the best report must reach `establish` (its own or smoothed score), or nothing is "same";
 *  - a candidate is "same" when relativeToBest + coherence + 0.25 · aboveCrowd reaches `sameness`, it has
 *    `sameFloor` on its own, shares `minShared` names or words, was published within `sameMaxDays` of the
 *    article, is a piece of the article's kind (story-kind.ts: not a guide for a report), carries `minEvidence`
 *    of combine.ts `eventEvidence` (`aloneEvidence` when the other best reports do not resemble it:
 *    `supportedCoherence`), and is not another event's cast (`otherCastArticle`, `otherCastStory`).
 * "Related" (background-verdict.ts `isBackground`): the headline's subject by any of its names doing the same kind of thing or in
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
  sameMaxDays: 1.5,
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
  crowdMember: -0.03,
  crowdCohesion: 0.2,
  memberEstablish: 0.5,
  soleEstablish: 0.5,
  alsoEstablish: 0.9,
  namelessEventTerms: 3,
  roundupFocal: 0.75,
  wordlessCast: 0.4,
  wordlessResemblance: 0.25,
  establishResemblance: 0.22,
  focallessResemblance: 0.3,
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
  wordsCarried: 0.3,
  headlineWords: 0.15,
  headlineWordsCarried: 0.75,
  joinResemblance: 0.15,
  joinEventTerms: 2,
  crowdApart: 0.15,
};
