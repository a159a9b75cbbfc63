/**
 * An opinion piece (story-kind.ts 'opinion') comments on an event without reporting it: never another report of
 * the article's event, never its background; yet a reader of the opinion piece still finds the reports of the
 * event it answers as the same story. All text is written for this test.
 */
import { describe, expect, it } from 'vitest';
import { rankArticle } from '../../tests/support/rank-article';
import { CASE_NOW } from '../../tests/support/background-case';

const HOUR = 3_600_000;
const outage = {
  title: 'Kestrel Pay goes dark for six hours, stranding shoppers and taxi drivers across Norland',
  text: [
    'Kestrel Pay, the payment app used by most shops in Norland, stopped working for six hours on Tuesday, leaving shoppers unable to pay and taxi drivers unable to take fares.',
    'The company blamed a faulty software update at its data centre and said all services were restored by the evening.',
    'The finance ministry said it would summon the company’s executives and review the rules for payment apps.',
  ].join('\n'),
};
const report = {
  id: 'report',
  title: 'Kestrel Pay outage leaves Norland shoppers and taxi drivers unable to pay',
  summary: 'A faulty software update took the payment app offline for six hours, the company said.',
  published: CASE_NOW - 2 * HOUR,
};
const opinion = {
  id: 'opinion',
  title: 'Opinion: Kestrel Pay’s outage shows Norland trusts one payment app too much',
  summary: 'Six hours without the payment app left shoppers and taxi drivers stranded; the rules must change.',
  published: CASE_NOW - HOUR,
};
const stories = [report, opinion];

describe('an opinion piece', () => {
  it('is neither another report of the event nor its background', () => {
    const shown = rankArticle({ ...outage, published: CASE_NOW }, stories);
    expect(shown.get('report')).toBe('same');
    expect(shown.get('opinion')).toBeUndefined();
  });

  it('still finds the reports of the event it answers as the same story', () => {
    const article = { title: opinion.title, text: `${opinion.summary}\n${outage.text}`, published: CASE_NOW };
    const shown = rankArticle(article, [report]);
    expect(shown.get('report')).toBe('same');
  });
});
