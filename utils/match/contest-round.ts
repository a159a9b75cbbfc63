/**
 * The round of a competition a headline reports, and whose field it was (men's, women's or an age group's): "Whitfield storms to
 * world indoor 60m title" is a final, "Whitfield and Delaney win 60m semi-finals in Nanjing" a semi-final, "Marchetti
 * fastest into world 200m butterfly final" the round before the final, "England men drop baton in Commonwealth 4x100m
 * final" the men's final. Two results of one tournament on consecutive days share the competition, the winner's name
 * and the words of winning; the round or the field is what tells them apart, so a report of a final is never the
 * same story as the semi-final the day before (features.ts `otherContest`).
 *
 * Read from the headline only (English). A headline naming two rounds ("reaches final after semi-final scare")
 * says none, and a word only counts as a round where it names one: "final day", "title race" and "gold price" do not.
 */

/** Rounds, earliest first; 0 is none. */
const HEATS = 1;
const EARLY = 2;
const QUARTER = 3;
const SEMI = 4;
const FINAL = 5;

/** Fields: 0 none, men's, women's, an age group's ("U19s", "under-21"). */
const MEN = 1;
const WOMEN = 2;
const YOUTH = 3;
/** The field's place in the packed number, above the round's three bits. */
const FIELD_SHIFT = 3;

/** Words that make the round they lead to the one before it: "to reach the final", "into the semi-finals". */
const REACH = String.raw`(?:reach|reaches|reached|reaching|into|set up|sets up|setting up|book|books|booked|make|makes|made|advance to|advances to|advanced to|through to|progress to|progresses to|progressed to)`;
/** Up to four words between a reaching word and the round ("into world 200m butterfly final"). */
const BETWEEN = String.raw`(?:\s+[\p{L}\p{N}'’.-]+){0,4}?\s+`;

/** A round's words, each with the round it names. */
const ROUNDS: readonly (readonly [RegExp, number])[] = [
  [/\bheats\b|\bqualifying\b|\bqualification\b|\bprelims?\b/giu, HEATS],
  [
    /\b(?:first|second|third|fourth|opening) round\b|\bround of (?:16|32|64|128)\b|\blast (?:16|32)\b|\bgroup stage\b|(?<![-\p{L}])opener\b/giu,
    EARLY,
  ],
  [/\bquarter[- ]?finals?\b|\blast eight\b/giu, QUARTER],
  [/\bsemi[- ]?finals?\b|\bsemis?\b(?!-)|\blast four\b/giu, SEMI],
  // "final" as a noun: at the end, before punctuation or a preposition; not "final day", "final climb".
  [
    /(?<![-\p{L}])final(?=$|[\s]*[,:;.!?—–|]|\s+(?:in|at|of|on|as|after|against|with|and|for|to|over|before|by|win|victory|defeat|loss|place|spot|berth|appearance)\b)/giu,
    FINAL,
  ],
  [
    /\b(?:win|wins|won|winning|seal|seals|sealed|clinch|clinches|clinched|claim|claims|claimed|retain|retains|retained|take|takes|took|lift|lifts|lifted|to)(?:\s+[\p{L}\p{N}'’.-]+){0,5}?\s+(?:title|gold|trophy|crown)\b/giu,
    FINAL,
  ],
];

/** A reaching word before a round's words. */
const REACHED = new RegExp(`(?<![\\p{L}])${REACH}${BETWEEN}$`, 'iu');

/** The round a headline reports (1 heats … 5 final), or 0 when it names none or several. */
export function roundOf(headline: string): number {
  const found = new Set<number>();
  for (const [re, round] of ROUNDS)
    for (const m of headline.matchAll(re)) {
      // "To reach the final" reports the semi-final, "into the semi-finals" the quarter-final.
      const reached = REACHED.test(headline.slice(0, m.index));
      found.add(reached ? Math.max(HEATS, round - 1) : round);
    }
  return found.size === 1 ? ([...found][0] as number) : 0;
}

/** The field a headline names: men's (1), women's (2), an age group's (3), or 0. */
export function fieldOf(headline: string): number {
  if (/(?<![\p{L}\p{N}])(?:U-?|under-)(?:1[5-9]|2[0-3])s?(?![\p{L}\p{N}])/iu.test(headline)) return YOUTH;
  const women = /\b(?:women|women's|women’s|womens|ladies|ladies'|ladies’)(?![\p{L}])/iu.test(headline);
  const men = /(?<![\p{L}])(?:men|men's|men’s|mens)(?![\p{L}])/iu.test(headline);
  return women === men ? 0 : women ? WOMEN : MEN;
}

/**
 * A word any round or field needs: most headlines have none, and one test of this spares them the rounds' patterns
 * (an index reads every story's headline).
 */
const MAYBE =
  /final|semi|quarter|heats|round|qualif|prelim|title|gold|troph|crown|opener|last|group stage|men|ladies|u-?[12]\d|under-/iu;

/** A headline's round and field as one small number, as a story's record keeps it (story-kind.ts `kindNumber`). */
export function contestStage(headline: string): number {
  if (!MAYBE.test(headline)) return 0;
  return roundOf(headline) | (fieldOf(headline) << FIELD_SHIFT);
}

/**
 * The article's round and field: its headline's, with the field its lead gives when the headline names a round but
 * no field ("Raghavan beats Yoon to win All England title", whose lead says she won the women's singles). A lead
 * naming both fields, or none, adds nothing. A story is read from its headline alone (feeds' summaries vary).
 */
export function articleStage(headline: string, lead: string): number {
  const stage = contestStage(headline);
  if (stage === 0 || stage >> FIELD_SHIFT !== 0) return stage;
  return stage | (fieldOf(lead) << FIELD_SHIFT);
}

/** The round of a packed {@link contestStage} number (module-level: {@link otherStage} runs once per candidate). */
const stageRound = (n: number): number => n & ((1 << FIELD_SHIFT) - 1);
/** The field of a packed {@link contestStage} number. */
const stageField = (n: number): number => n >> FIELD_SHIFT;

/**
 * Whether a story's headline ({@link contestStage} `story`) reports another result of the competition whose result
 * the article's reports (`article`): both name a round, and the story's is an earlier one, or a later one it
 * reports a result of (`storyIsResult`: story-kind.ts `isContestNumber`); or, where either is of a competition (a
 * round or a result, or for the article a score too: `articleCompetes`, query.ts `competes`), the fields differ or
 * the story is an age group's beside a headline naming no field. A later round named without a result is the one the article's winner goes on to: "'This city needed this night': Halvern
 * wakes up to a cup final" beside the semi-final won.
 */
export function otherStage(article: number, story: number, storyIsResult: boolean, articleCompetes = false): boolean {
  // A field counts where either headline is of a competition: "Three men arrested" is no men's event.
  if (stageRound(article) !== 0 || stageRound(story) !== 0 || storyIsResult || articleCompetes) {
    if (stageField(article) !== 0 && stageField(story) !== 0 && stageField(article) !== stageField(story)) return true;
    // An age group's result is another event beside a headline that names none ("Alstertal U19s reach DFB youth
    // cup final on penalties" beside the first team's semi-final).
    if (stageField(story) === YOUTH && stageField(article) === 0) return true;
  }
  if (stageRound(article) === 0 || stageRound(story) === 0) return false;
  return stageRound(story) < stageRound(article) || (stageRound(story) > stageRound(article) && storyIsResult);
}
