/** A contest's result and its sides (contest.ts), and what the matcher makes of another result. Text written here. */
import { describe, expect, it } from 'vitest';
import { rankArticle } from '../../tests/support/rank-article';
import { CASE_NOW } from '../../tests/support/background-case';
import { contestSides } from './contest';

const HOUR = 3_600_000;

describe('contestSides', () => {
  it('reads both sides of a result, past a kicker, "No 1", a score and a name’s joiners', () => {
    expect(contestSides('Halvern Rovers beat Ostmark City 3-1 to reach cup final')).toEqual({
      first: ['Halvern', 'Rovers'],
      second: ['Ostmark', 'City'],
    });
    expect(contestSides('Coastal Open: Varga stuns world No 1 Lind to reach semi-finals')).toEqual({
      first: ['Varga'],
      second: ['Lind'],
    });
    expect(contestSides('Ireland hold off Wales 21-19 in Halvern')).toEqual({ first: ['Ireland'], second: ['Wales'] });
    expect(contestSides('Deportivo de Ostmark knock Halvern out of the cup')?.second).toEqual(['Halvern']);
    expect(contestSides('Real Club de Halvern edged Atlético 2-1')?.first).toEqual(['Real', 'Club', 'Halvern']);
  });

  it('reads no result where a side is not named', () => {
    expect(contestSides('Police beat protesters in Halvern')).toBeNull();
    expect(contestSides('Halvern council ousted by voters')).toBeNull();
    expect(contestSides('Ostmark wins the cup')).toBeNull();
    expect(contestSides('Storm knocks out power across Halvern')).toBeNull();
  });
});

describe('another contest’s result', () => {
  const article = {
    title: 'Varga stuns Lind to reach Coastal Open final in Halvern',
    text: [
      'HALVERN — Mira Varga beat the top seed Anna Lind 6-4, 3-6, 7-6 on Friday to reach the final of the Coastal Open, saving two match points in the deciding set.',
      'Varga, 19, had never beaten a top-ten player before this week. “I stopped thinking about the score,” she said.',
      'She will play Sofia Reyes, who beat Jana Holm in straight sets in the other semi-final earlier in the day.',
      'The final is on Sunday on the centre court in Halvern.',
    ].join('\n'),
    published: CASE_NOW,
  };
  const sameMatch = {
    id: 'same-match',
    title: 'Teenager Varga saves match points to beat Lind in Coastal Open semi-final',
    summary:
      'Mira Varga, 19, knocked out the top seed Anna Lind in three sets in Halvern on Friday to reach the final.',
    published: CASE_NOW + 2 * HOUR,
  };
  const otherMatch = {
    id: 'other-match',
    title: 'Reyes beats Holm in straight sets to reach Coastal Open final in Halvern',
    summary:
      'Sofia Reyes beat Jana Holm 6-2, 6-3 in the first semi-final on Friday and will face Varga or Lind on Sunday.',
    published: CASE_NOW - 3 * HOUR,
  };

  it('calls the other semi-final no "same story", alone or beside a report of the match', () => {
    expect(rankArticle(article, [otherMatch]).get('other-match')).not.toBe('same');
    const both = rankArticle(article, [sameMatch, otherMatch]);
    expect(both.get('same-match')).toBe('same');
    expect(both.get('other-match')).not.toBe('same');
  });
});
