/**
 * A roundup (story-kind.ts 'roundup': a live page, a briefing) gathers the day's events under one headline. Read as
 * the article, no single report is its same story: each is one of its many events. As a story, a briefing whose
 * headline leads with the article's event may be its same story, but a roundup is never background: it is no
 * earlier event of the subject. All text is written for this test.
 */
import { describe, expect, it } from 'vitest';
import { rankArticle } from '../../tests/support/rank-article';
import { CASE_NOW } from '../../tests/support/background-case';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const livePage = {
  title: 'Ostmark–Norland war latest: Norland expels six Ostmark diplomats over the Halvern shelling',
  text: [
    'Norland ordered six Ostmark diplomats to leave the country within three days after the shelling of Halvern market, the foreign ministry said.',
    'Ostmark’s army said its troops had taken the village of Brask after a week of fighting.',
    'The Ostmark central bank raised its main interest rate to 14% to defend the falling rouble.',
    'Norland’s president asked the parliament of Lindmark for more air defence systems.',
  ].join('\n'),
};
const expulsion = {
  id: 'expulsion',
  title: 'Norland expels six Ostmark diplomats after Halvern market shelling',
  summary:
    'The foreign ministry gave the six diplomats three days to leave Norland after the shelling of Halvern market.',
  published: CASE_NOW - 2 * HOUR,
};
const village = {
  id: 'village',
  title: 'Ostmark troops take Brask village after a week of fighting, army says',
  summary: 'Ostmark’s army said its troops had taken Brask after a week of fighting with Norland forces.',
  published: CASE_NOW - 3 * HOUR,
};
const rate = {
  id: 'rate',
  title: 'Ostmark central bank raises main interest rate to 14% to defend the rouble',
  summary: 'The Ostmark central bank raised its main rate to 14% as the rouble fell against the dollar.',
  published: CASE_NOW - 4 * HOUR,
};
const briefing = {
  id: 'briefing',
  title: 'Tuesday evening news briefing: Norland expels six Ostmark diplomats over Halvern shelling',
  summary: 'Plus: Ostmark troops take Brask village, and the central bank raises rates to defend the rouble.',
  published: CASE_NOW - HOUR,
};
const earlierBriefing = {
  id: 'earlier briefing',
  title: 'Ostmark–Norland war latest: Norland expels Ostmark ambassador over Halvern shelling',
  summary:
    'Norland ordered the Ostmark ambassador to leave after an earlier shelling of Halvern, the foreign ministry said.',
  published: CASE_NOW - 20 * DAY,
};

describe('a roundup of the day’s events', () => {
  it('read as the article, has no single report as its same story', () => {
    const shown = rankArticle({ ...livePage, published: CASE_NOW }, [expulsion, village, rate]);
    for (const id of ['expulsion', 'village', 'rate']) expect(shown.get(id), id).not.toBe('same');
  });

  it('may be the same story of the report its headline leads with, and is never background', () => {
    const article = {
      title: expulsion.title,
      text: `${expulsion.summary}\nThe ministry said the shelling of Halvern market broke the laws of war.`,
      published: CASE_NOW,
    };
    const shown = rankArticle(article, [briefing, earlierBriefing]);
    expect(shown.get('briefing')).toBe('same');
    expect(shown.get('earlier briefing')).toBeUndefined();
  });
});
