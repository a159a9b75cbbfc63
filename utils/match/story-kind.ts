/**
 * What kind of piece a headline announces: a report of something that happened, or a piece that is about a
 * subject without reporting an event of it — a how-to guide or an explainer, a look back, a shopping deal, a quiz,
 * an outlet's own advertisement, podcast or sponsored piece ("Listen to our daily podcast", "Podcast: …",
 * "Sponsored: …"), an opinion piece, a roundup of many events (a live page, a morning briefing), or a preview of
 * an event to come ("Giro stage 13 preview: …"). Two pieces of different kinds are never the same story,
 * however much they share (features.ts `otherKind` has two exceptions): "How to stop apps running at startup in
 * Windows 11" is not another report of "Microsoft unveils video call upgrades for Windows 11", nor "Reliving how
 * Tiger Woods won the 1997 Masters" of Woods saying he will play this year. A guide or a look back may still be
 * background; a deal, a quiz, a promo, an opinion piece, a roundup or a preview, none of which reports one event
 * that happened, is not (features.ts `NOT_NEWS`).
 * Read from the headline only (English), so it is the same for an article and for a feed's story; anything not
 * clearly announced as another kind is a report.
 */

/** The kinds, in the order their numbers are stored (story-record.ts): 0 is a report. */
export const STORY_KINDS = [
  'report',
  'how-to',
  'look back',
  'deal',
  'quiz',
  'promo',
  'opinion',
  'roundup',
  'preview',
] as const;

/** One of {@link STORY_KINDS}. */
export type StoryKind = (typeof STORY_KINDS)[number];

/**
 * How each kind announces itself. A how-to: "How to…" opening the headline or after its kicker ("Lyrid meteor shower:
 * how to watch"), "How do I…", "7 ways to…", "a guide to…", or an explainer labelled so ("Explainer: …", "Health
 * explainer: …", "… explained:", "… tool explained") or asking what something is ("What is Article 49.3? …"), not "5
 * things to know", an unlabelled explainer of the news. A look back: "looking back at", "a look back", "reliving", "on
 * this day", "Remembering…", an anniversary or an age as a kicker ("50th anniversary: …", "Turkana Boy at 42: …", not
 * "at 8:00"), "years on" opening or closing it ("Five years on: …", "…, 22 years on") — not a report of a day that
 * falls on an anniversary ("Museum reopens on fire anniversary", "Crowds mark anniversary of the uprising"), nor "six
 * years ago", which reports of today say too. A preview: "preview:" as its kicker or "– preview" as its tail, or
 * closing on "what to watch", or "how to watch" anywhere (what is coming, not what happened), or a match-up ("Rovers v
 * United", "vs") with a preview's furniture: a prediction, predicted line-ups, the start or kick-off time, team news,
 * the TV channel or a live stream — not a product's "developer preview of…" — or a tournament's draw as its kicker
 * ("Miami Open draw: …", the matches to come; not "Goalless draw: …", a result) or told as who is drawn with or
 * against whom ("D'Tigress drawn with Cameroon": the draw's other reports; not "parallels drawn with 2008"). A deal:
 * a price cut, "best … deals", a product that "is on sale" or "on sale now" (not one that "goes on sale": a launch is
 * news), or a buying guide: a headline opening on a ranked list ("The best…", "20 of the best…", "The 10 best…") of
 * things to buy, tested or of a year ("The best running shoes of 2025, tried and tested", "The best rattan garden
 * furniture for summer 2022 and where to buy it"); not a prize ("Best actor winner…"), "best" past the opening ("the best day to go"), a quote
 * ("The best is yet to come, says…") or "the best response to the 2024 floods". A quiz, crossword or Wordle. A promo
 * invites the reader to sign up, subscribe or listen to the outlet's own newsletter or show ("sign up for our…",
 * "listen to our…", "our daily podcast"), or is labelled a podcast episode, a show's numbered episode or a
 * paid piece ("Podcast: …", "The Film Show podcast: …", "… – podcast", "Ep 180: …", "… | Campaign 3, Episode 49",
 * "Sponsored: …"): never "sign up for" alone, which reports say too ("Thousands sign up for the reserve"), nor a report
 * about a podcast ("Spotify's 'Batman Unburied' podcast debuts May 3rd") or a review of an episode ("series 2 episode 1
 * review: …"). An opinion piece is labelled so: "Opinion:" or "Comment |" opening the headline, "| Editorial" or "|
 * Letters" closing it, or "The Guardian view on…" (an outlet's leader) — not "opinion poll", which reports. A roundup
 * gathers the day's events under one headline: "live" as its kicker or tail ("Business live:", "Ukraine war – live",
 * "Day five: live updates"), "as it happened", "… latest:" or "latest news:", a morning, evening or news briefing, a
 * beat's or a region's briefing listing its items ("Arts briefing: Nagasaki prints, Turner Prize shortlist"), "top
 * stories", a round-up, "at a glance", "news in brief", a day's market wrap ("Stock market today: …", "Markets wrap: …")
 * — not "live" in a sentence ("may live up to 400 years", "Where we live:") nor a press briefing, which reports what
 * was said there.
 */
const SIGNS: readonly (readonly [StoryKind, RegExp])[] = [
  // A label the outlet puts on the piece comes first: "Sponsored: travel vaccines explained" is an advertisement,
  // "Opinion: Thirty years on, …" an opinion piece.
  [
    'promo',
    /^(?:sponsored|paid post|partner content|advertisement|advertorial|podcast)\s*[:|—–]|^(?:[\p{L}\p{N}'’&.-]+\s+){1,3}podcast\s*[:|—–]|[|—–-]\s*podcast\s*$/iu,
  ],
  // A show's numbered episode: "Ep 180: …", "WP Briefing: Episode 28: …", "… | Campaign 3, Episode 49".
  [
    'promo',
    /^ep(?:isode)?\.?\s*\d+\s*[:|—–-]|[:|—–]\s*ep(?:isode)?\.?\s*\d+\s*[:|—–]|[,|—–]\s*ep(?:isode)?\.?\s*\d+\s*$/iu,
  ],
  [
    'opinion',
    /^(?:opinion|comment|editorial|letters?)\s*[:|]|[|–—]\s*(?:opinion|editorial|letters?)\s*$|^the [\p{L}’']+ view on\b/iu,
  ],
  [
    'how-to',
    /(?:^|[:—–|]\s*|\bhere(?:'|’)?s\s+)how\s+to\b|^how (?:do|can|should) (?:i|you|we)\b|\b\d+ (?:ways|tips) to\b|\b(?:a|the|your) (?:beginner(?:'|’)?s |complete |ultimate |quick )?guide to\b|^(?:[\p{L}\p{N}'’.-]+\s+){0,2}explainers?\s*[:|—–]|[|—–-]\s*explainer\s*$|\bexplained\s*(?:[:|—–]|$)|(?:^|[:|—–]\s*)what (?:is|are)\b[^?]*\?/iu,
  ],
  [
    'look back',
    /\b(?:look(?:s|ing)? back (?:at|on)|a look back|reliving|on this day|throwback)\b|^remembering\b|\banniversary\s*[:|—–]|\bat \d{1,3}:(?!\s*\d)|(?:^|[:|—–]\s*)(?:\d+|[a-z]+(?:-[a-z]+)?) years on\s*[:,—–]|,\s*(?:\d+|[a-z]+(?:-[a-z]+)?) years on\s*$/iu,
  ],
  [
    'preview',
    /\bpreviews?\s*[:|—–]|(?<!\b(?:goalless|scoreless|score|bore|hard-fought|late)\s)\bdraw\s*[:|—–]|(?<!\b(?:comparisons?|parallels?|lessons?|conclusions?|lines?)\s)\bdrawn (?:with|against)\b|[|—–-]\s*preview\s*$|\b(?:what|things) to (?:watch|look out)(?: for)?\s*$|\bhow to (?:watch|stream|follow)\b|(?=.*\s(?:v|vs)\.?\s)(?=.*\b(?:predictions?|predicted line-?ups?|start time|kick-?off time|team news|tv channel|live stream)\b)/iu,
  ],
  [
    'deal',
    /^(?:the\s+(?:\d+\s+)?|\d+\s+of\s+the\s+)best\s+(?!(?:is|was|are|were|has|have|yet|way)\b)(?!.*\bsays?\b)(?=.*(?:\bto buy\b|\btested\b|\b(?:of|for|in)\s+(?:19|20)\d\d\b))|\b\d+\s?% off\b|[$£€]\s?\d[\d,.]*\s+off\b|\bbest\b.{0,40}\bdeals?\b|\bdeals? of the (?:day|week)\b|\blowest price\b|\bdeal alert\b|\b(?:is|are) (?:now )?on sale\b|\bon sale (?:right )?now\b/iu,
  ],
  ['quiz', /\bquiz\b|\bcrossword\b|\bwordle\b/iu],
  [
    'promo',
    /\b(?:sign up|subscribe|register) (?:(?:now|today) )?(?:for|to) our\b|\bsign up (?:now )?and\b|[-–—:]\s*sign up\s*$|\blisten to our\b|\bour (?:new |free )?(?:daily |weekly )?(?:podcast|newsletter)\b/iu,
  ],
  [
    'roundup',
    new RegExp(
      [
        // A verb after its subject is no kicker: "Where we live: …", "How they live — …".
        /^(?:[\p{L}\p{N}'’&.-]+\s+){0,3}(?<!\b(?:i|we|you|they|to|who|where|how|still|can|will|must)\s)live(?: updates| blog| coverage)?\s*(?:[:|—–]|\s-\s)/u
          .source,
        /[:|—–-]\s*(?:as it happened|live(?: updates| blog| coverage)?)\s*$/u.source,
        /^as it happened\b|\bas it happened\s*[:|—–]/u.source,
        /\blatest(?: news| updates)?\s*[:|—–]/u.source,
        /\b(?:morning|afternoon|evening|night|daily|weekly|news|markets?|business|world) briefing\s*(?:[:|—–]|$)/u
          .source,
        // A beat's or a region's briefing listing its items ("Arts briefing: Nagasaki prints, Turner Prize
        // shortlist"), not a briefing given ("Pentagon briefing: officials describe strike").
        /^(?:[\p{L}\p{N}'’&.-]+\s+){0,2}(?<!\b(?:press|security|intelligence|media)\s)briefing\s*[:|—–][^,]+,/u.source,
        /\btop stories\b|\bat a glance\b|\bnews in brief\b/u.source,
        // The day's market moves: "Stock market today: Dow edges higher…", "Markets wrap: …", "… – markets wrap".
        /\bstock markets? today\b|\bmarkets? wrap\b/u.source,
        /\bround-?up\s*[:|—–]|\b(?:news|daily|weekly|morning|evening|transfer|week(?:'|’)s?) round-?up\b/u.source,
      ].join('|'),
      'iu',
    ),
  ],
];

/** The kind of piece `headline` announces ({@link STORY_KINDS}); 'report' when it announces none. */
export function storyKind(headline: string): StoryKind {
  return SIGNS.find(([, sign]) => sign.test(headline))?.[0] ?? 'report';
}

/**
 * The stored number's bit for a headline reporting a result (result-sides.ts: a contest's, a loss or a prize),
 * beside the kind's place.
 */
const CONTEST_BIT = 16;
/** The stored number's bit for a headline naming a big city as the place (cities.ts `headlineCities`). */
const CITY_BIT = 32;
/** Where the stored number keeps a result's round and field (contest-round.ts `contestStage`), above the bits. */
const STAGE_SHIFT = 6;

/**
 * The stored number of a kind (its place in {@link STORY_KINDS}), with {@link CONTEST_BIT} for a result's headline,
 * {@link CITY_BIT} for a headline naming a big city, and the round and field of a competition it reports (`stage`).
 */
export function kindNumber(kind: StoryKind, contest = false, city = false, stage = 0): number {
  return STORY_KINDS.indexOf(kind) | (contest ? CONTEST_BIT : 0) | (city ? CITY_BIT : 0) | (stage << STAGE_SHIFT);
}

/** The kind stored as `n`; 'report' for a number this build does not know. */
export function kindOfNumber(n: number): StoryKind {
  return STORY_KINDS[n & (CONTEST_BIT - 1)] ?? 'report';
}

/** The round and field stored in `n` (contest-round.ts `contestStage`; 0 for none). */
export function stageOfNumber(n: number): number {
  return n >> STAGE_SHIFT;
}

/** Whether the number stored for a story says its headline reports a result (a contest's or a prize's). */
export function isContestNumber(n: number): boolean {
  return (n & CONTEST_BIT) !== 0;
}

/** Whether the number stored for a story says its headline names a big city as the place. */
export function isCityNumber(n: number): boolean {
  return (n & CITY_BIT) !== 0;
}
