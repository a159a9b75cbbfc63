/** A report of the day from another angle joins the event's reports (day-join.ts). Text written here. */
import { describe, expect, it } from 'vitest';
import { rankArticle } from '../../tests/support/rank-article';
import { CASE_NOW } from '../../tests/support/background-case';

const HOUR = 3_600_000;

describe('a report of the day from another angle', () => {
  const article = {
    title: 'Halvern council caps delivery app commissions at 15%',
    text: [
      'HALVERN — Halvern city council voted 9-2 on Tuesday to cap the commissions that delivery apps charge restaurants at 15% of each order, the first such cap in Ostmark.',
      'Councillor Petra Lindqvist, who wrote the ordinance, said restaurants had been paying commissions of up to 30% since the pandemic. “This cap keeps kitchens open,” she said.',
      'The cap takes effect in March. Delivery companies Parcelo and Dashway had lobbied against it and warned that fees for customers would rise.',
    ].join('\n'),
    published: CASE_NOW,
  };
  const report = {
    id: 'report',
    title: 'Halvern votes 9-2 to cap delivery app commissions at 15%',
    summary:
      'The city council approved a 15% ceiling on the commissions delivery apps charge restaurants, over objections from Parcelo and Dashway.',
    published: CASE_NOW + 2 * HOUR,
  };
  const angle = {
    id: 'angle',
    title: 'Parcelo and Dashway threaten to sue Halvern over commission cap',
    summary:
      'The delivery companies said the council’s new limit was unlawful and would force them to raise fees for customers in the city.',
    published: CASE_NOW + 6 * HOUR,
  };
  const otherAct = {
    id: 'other-act',
    title: 'Halvern council approves new bike lanes on harbour road',
    summary: 'Councillors also voted on Tuesday to add protected cycle lanes along the harbour, to open next spring.',
    published: CASE_NOW + 3 * HOUR,
  };

  it('calls the angle the same story beside the report, and the council’s other vote not', () => {
    const verdicts = rankArticle(article, [report, angle, otherAct]);
    expect(verdicts.get('report')).toBe('same');
    expect(verdicts.get('angle')).toBe('same');
    expect(verdicts.get('other-act')).not.toBe('same');
  });

  it('calls a report of the day before yesterday the story so far, not the same story', () => {
    // 40 hours before: the council's vote two days ago is what led here, as a storm's red warning leads to its damage.
    const earlier = { ...report, id: 'earlier', published: CASE_NOW - 40 * HOUR };
    expect(rankArticle(article, [earlier, angle]).get('earlier')).not.toBe('same');
    const sameDay = { ...report, id: 'same-day', published: CASE_NOW - 20 * HOUR };
    expect(rankArticle(article, [sameDay, angle]).get('same-day')).toBe('same');
  });

  it('joins no such angle from beyond the day', () => {
    const older = { ...angle, id: 'older', published: CASE_NOW + 40 * HOUR };
    expect(rankArticle(article, [report, older]).get('older')).not.toBe('same');
  });
});
