/**
 * The "related" verdict: whether a candidate that is not another report of the article's event is background, an
 * earlier or parallel event of its subject. Thresholds are in verdict-rule.ts (`VERDICT`); docs/matching.md gives
 * their reasons.
 */
import { countActors, onlyCountries } from './actor-names';
import { WEIGHTS } from './combine';
import { VERDICT, type CandidateEvidence, type VerdictRule } from './verdict-rule';
import type { MatchFeatures } from './features';

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
 *    among its names, and the word in its own headline ({@link oneWordBackground}). With only countries in common,
 *    one or more by any of their names (actor-names.ts `onlyCountries`), never: "UK", "price" and "energy" made
 *    Shell's tax rebate on the North Sea background to a call for readers' food prices, and "Ukraine" and "Russia"
 *    with a word such as "war" or "troops" made any story of the war background to any other (on the real feeds
 *    of April 2022, 196 of the 225 rows this way were strangers to the article's subject: docs/performance.md,
 *    "Countries alone are no subject").
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
  // Countries alone are what every story of a war, a summit or a trade dispute between them shares.
  if (onlyCountries(f.sharedNames)) return false;
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
    f.sharedEventTerms >= rule.kindEventTerms &&
    // Countries alone in common, the story's headline must name the article's subject: "sanctions" and "Russia"
    // made a piece on the world's answer to atrocities background to bond traders weighing more sanctions.
    (f.subjectNamedInHeadline || !onlyCountries(f.sharedNames))
  );
}

/**
 * The subject, carried as for {@link kindBackground} though `wordsCarried` of the headline's names will do, in a
 * story whose words resemble the article's at `backgroundWords` or more (rank.ts `wordSimilarity`, the article's
 * names left out of both; `headlineWords` when its own headline has one of the article's "what happened" words and it
 * carries `headlineWordsCarried` of the headline's names): the same actors doing
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
    f.focalCarried >= rule.wordsCarried &&
    e.wordSimilarity !== undefined &&
    (e.wordSimilarity >= rule.backgroundWords ||
      (e.wordSimilarity >= rule.headlineWords &&
        f.headlineEventTerms > 0 &&
        f.focalCarried >= rule.headlineWordsCarried))
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
