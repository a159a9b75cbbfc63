/**
 * "Same story" on an ordinary day with dates: news stories of the real feeds in ../shared ranked against the
 * other feeds' stories, for the 179 same-day pairs this project labelled (same-day-labels.ts). Each article is
 * a feed story (headline and summary), ranked with its own feed left out of the cache, as a reader of that
 * outlet would have it. Prints how many labelled pairs are shown as "Same story", right and wrong; fails when a
 * pair labelled another event is called the same story, or when fewer same-event pairs are found than the floor.
 * Then the stories once joined beside an established report (joined-labels.ts): none of another event may be "Same
 * story", and every report of the event must stay so; and the stories once "Same story" on the article's names alone
 * (names-only-labels.ts), none of which may be. Skips with one line when ../shared is absent.
 */
import { describe, expect, it } from 'vitest';
import { feedVerdicts, pairHeadlines, REAL_FEEDS } from '../support/real-feeds';
import { sharedAvailable } from '../support/shared-corpus';
import { JOINED_PAIRS } from './joined-labels';
import { NAMES_ONLY_PAIRS } from './names-only-labels';
import { SAME_DAY_PAIRS, type LabelledPair } from './same-day-labels';

const present = sharedAvailable('same-day corpora', [REAL_FEEDS]);

/**
 * Same-event pairs shown as "Same story": 70 of 99 with the model's bar alone (0.8), 75 since a report of the same
 * day that carries the article's subject, cast and two "what happened" words needs 0.6 (verdict.ts datedEstablish),
 * 77 since the feeds' closing lines ("View Entire Post ›") are dropped from their summaries (feeds/boilerplate.ts),
 * 75 since a story that is its headline alone needs 0.97 off the same-day bar (verdict.ts thinEstablish): two
 * reviews of one film (one Telegraph headline, now under Related background) and "Hailey Bieber Shut Down Reports…"
 * (its one line "And that's that." says nothing), each at 0.87–0.92; 76 since words are compared without the Latin
 * script's accents (tokenize.ts: "Skarsgård" in one outlet, "Skarsgard" in another), 77 since a report of the same
 * day may establish the event from second or third place (verdict.ts datedFrom: Twitter's edit button, behind
 * another Twitter story), 81 since "US" is read as the country, not the stop word "us" (tokenize.ts), with the model
 * refitted to it: the hypersonic-weapons pact of the UK, US and Australia, and Washington blocking Russia's debt
 * payments through US banks; and two pairs the refit puts over the bar (VanMoof's new e-bikes, a film's two reviews).
 * 80 since a roundup of the day's events (story-kind.ts: a live page, a briefing) read as the article has no single
 * report as its same story: a live page leading with the US ban on new investment in Russia lost that report, and
 * fourteen stories of the war's other events that day with it (docs/matching.md, the kinds of piece). Still 80
 * once the join of the day (utils/match/day-join.ts) decides the joins of dated stories (session 38).
 */
const FLOOR_FOUND = 80;
/**
 * Pairs labelled another event and shown as "Same story": 7 of 80 at first, each established by the model at
 * 0.83–0.97 (two Windows 11 stories of one day; a podcast and a war story; a Covid test guide and a vaccine booking
 * guide; Tiger Woods' return and a look back at his 1997 win). 8 once the feeds' closing lines were dropped (the
 * Tiger Woods pair both ways round), 3 since a how-to guide or a look back is never the same story as a piece of
 * another kind (story-kind.ts), 2 since an outlet's advertisement for its own podcast ("Russia-Ukraine war: Listen
 * to our daily podcast") is a kind of its own, 1 since a headline alone needs 0.97 (police on standby at Manchester
 * Airport, a headline, was the same story as its manager quitting, at 0.92), 0 since a report sharing none of the
 * article's "what happened" words needs 40% of its main names to establish the event (verdict.ts wordlessCast: a UK
 * minister and the US Treasury on Russia's money). The articles here are feed stories, a headline and a line,
 * which the model reads as more alike than a full page; docs/performance.md.
 */
const CEILING_WRONG = 0;

/**
 * The same-event pairs of JOINED_PAIRS not shown as "Same story", by id (article, story): none until session 38; since
 * the join of the day (utils/match/day-join.ts) decides dated joins, the EU's coal ban proposed beside the ban being
 * prepared, four hours apart, one feed story each, at a probability of 0.85 under its 0.9 (it shows as Related
 * background). Any other pair lost fails.
 */
const KNOWN_LOST = ['66aa305559c0c7f86f06dc7e7eef7271#0 2d055498ae801efb0bf0b6124009cac2#64'];

/** Whether each pair's story is shown as "Same story" for its article, a feed story ranked with its own feed left out. */
function calledSame(pairs: readonly LabelledPair[]): boolean[] {
  return feedVerdicts(pairs).map((v) => v === 'same');
}

describe.skipIf(!present)('"Same story" for reports of the same day on the real feeds', () => {
  it('finds same-day reports of the event and calls no other event of the day the same story', () => {
    const same = calledSame(SAME_DAY_PAIRS);
    const sameEvent = SAME_DAY_PAIRS.filter(([, , label]) => label).length;
    const found = SAME_DAY_PAIRS.filter(([, , label], i) => label && same[i]).length;
    const wrong = pairHeadlines(SAME_DAY_PAIRS.filter(([, , label], i) => !label && same[i]));
    console.log(
      `same-day corpora: ${found} of ${sameEvent} same-event pairs shown as "Same story"; ${wrong.length} of ${SAME_DAY_PAIRS.length - sameEvent} other-event pairs called the same story\n  ${wrong.join('\n  ')}`,
    );
    expect(wrong.length).toBeLessThanOrEqual(CEILING_WRONG);
    expect(found).toBeGreaterThanOrEqual(FLOOR_FOUND);
  }, 120_000);

  it("joins no story that shares only the article's subject to its event, and keeps the event's own reports", () => {
    const same = calledSame(JOINED_PAIRS);
    const joinedWrongly = pairHeadlines(JOINED_PAIRS.filter(([, , label], i) => !label && same[i]));
    const lostPairs = JOINED_PAIRS.filter(([, , label], i) => label && !same[i]);
    const lost = pairHeadlines(lostPairs);
    console.log(
      `joined corpora: ${joinedWrongly.length} of ${JOINED_PAIRS.filter(([, , l]) => !l).length} other-event stories joined; ${lost.length} of ${JOINED_PAIRS.filter(([, , l]) => l).length} same-event pairs lost\n  ${[...joinedWrongly, ...lost].join('\n  ')}`,
    );
    expect(joinedWrongly).toEqual([]);
    expect(lostPairs.map(([article, story]) => `${article} ${story}`)).toEqual(KNOWN_LOST);
  }, 120_000);

  it('establishes no event on the names an article shares with another story, when nothing of what happened is shared', () => {
    const same = calledSame(NAMES_ONLY_PAIRS);
    const wrong = pairHeadlines(NAMES_ONLY_PAIRS.filter((_, i) => same[i]));
    console.log(
      `names-only corpora: ${wrong.length} of ${NAMES_ONLY_PAIRS.length} other-event stories called "same"\n  ${wrong.join('\n  ')}`,
    );
    expect(wrong).toEqual([]);
  }, 120_000);
});
