/** A contest's result and its sides (contest.ts), and what the matcher makes of another result. Text written here. */
import { describe, expect, it } from 'vitest';
import { rankArticle } from '../../tests/support/rank-article';
import { CASE_NOW } from '../../tests/support/background-case';
import { awardWinner, contestSides, quotedTitleWords, resultSides } from './contest';

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

describe('awardWinner', () => {
  const named =
    (...words: string[]) =>
    (word: string) =>
      words.includes(word);

  it('reads the name or quoted title just before a prize’s verb, past a kicker and a demonym', () => {
    expect(awardWinner('Irish newcomer Aoife Marren wins Halvern acting prize', named('Marren'))).toEqual([
      'Aoife',
      'Marren',
    ]);
    expect(awardWinner('Halvern Festival: Tomas Reyle takes Silver Gull for best director', named('Reyle'))).toEqual([
      'Tomas',
      'Reyle',
    ]);
    expect(awardWinner("Debut novel 'The Lockkeeper's Daughter' wins the Ostmark Prize", named())).toEqual([
      'Lockkeeper',
      'Daughter',
    ]);
    expect(awardWinner('Varo storms to Coastal 400m hurdles gold in record time', named('Varo'))).toEqual(['Varo']);
    expect(awardWinner('Tomas Reyle earns Fighting Spirit prize at Halvern', named('Reyle'))).toEqual([
      'Tomas',
      'Reyle',
    ]);
    // A country before the name is where the winner is from: its team's results are not hers.
    expect(awardWinner("Norway's Lena Varo retains Coastal Open women's title", named('Varo'))).toEqual([
      'Lena',
      'Varo',
    ]);
  });

  it('reads no winner without a prize, or with no name the text proves', () => {
    expect(awardWinner('Halvern council wins funding for new ferry', named('Halvern'))).toBeNull();
    expect(awardWinner('Teenager wins national spelling bee title', named())).toBeNull();
    expect(
      awardWinner('Varo takes blame as Halvern rue missed chances in Coastal Cup final', named('Varo')),
    ).toBeNull();
    expect(awardWinner('Ostmark film takes top prize at Halvern festival', named('Ostmark'))).toBeNull();
    expect(awardWinner('Village celebrates as its fishermen’s story wins the Gull d’Or', named('Village'))).toBeNull();
  });

  it('gives a contest’s sides first, and quoted titles only when they read as titles', () => {
    expect(resultSides('Halvern Rovers beat Ostmark City 3-1', named())).toEqual([
      ['Halvern', 'Rovers'],
      ['Ostmark', 'City'],
    ]);
    expect(resultSides('Tomas Reyle earns Fighting Spirit prize', named('Reyle'))).toEqual([['Tomas', 'Reyle']]);
    expect(quotedTitleWords("Marren won for 'The Long Ferry', saying 'this is for my mother'.")).toEqual([
      'Long',
      'Ferry',
    ]);
  });
});

describe('another prize of the ceremony', () => {
  const article = {
    title: 'Ostmark director Lena Varo wins Halvern Golden Gull for ferry drama',
    text: [
      "HALVERN — The Ostmark film-maker Lena Varo won the Golden Gull at the Halvern Film Festival on Saturday for 'The Long Ferry', a drama about the last crossing of an island's ferry.",
      'The jury handed its top prize to Varo’s third feature ahead of 17 other films. Tomas Reyle took the Silver Gull for best director and Aoife Marren the acting prize.',
      '“This belongs to the island,” Varo said, holding the gull aloft.',
    ].join('\n'),
    published: CASE_NOW,
  };
  const report = {
    id: 'report',
    title: "'The Long Ferry' wins Golden Gull at Halvern festival",
    summary: 'Lena Varo’s island drama took the festival’s top prize on Saturday night, ahead of 17 other films.',
    published: CASE_NOW + 2 * HOUR,
  };
  const otherPrize = {
    id: 'other-prize',
    title: 'Irish newcomer Aoife Marren wins Halvern acting prize',
    summary:
      'Marren, 24, took the festival’s acting prize on Saturday for her first lead role, in a drama about a ferry crew.',
    published: CASE_NOW + 1 * HOUR,
  };

  it('calls the other prize no "same story", alone or beside a report of the Golden Gull', () => {
    expect(rankArticle(article, [otherPrize]).get('other-prize')).not.toBe('same');
    const both = rankArticle(article, [report, otherPrize]);
    expect(both.get('report')).toBe('same');
    expect(both.get('other-prize')).not.toBe('same');
  });
});

describe('another match of the finalists', () => {
  const article = {
    title: 'Varga outlasts Reyes to win Coastal Open for first major title',
    text: [
      'HALVERN — Mira Varga beat Sofia Reyes 6-4, 3-6, 7-5 in the Coastal Open final on Saturday to win her first major title.',
      'Varga, 19, had beaten Anna Lind in the semi-finals; Reyes reached the final past Jana Holm. “I stopped thinking about the score,” Varga said.',
      'Varga also reached the doubles final with Petra Kos, to be played on Sunday.',
    ].join('\n'),
    published: CASE_NOW,
  };
  const report = {
    id: 'report',
    title: 'Varga beats Reyes in three sets to win Coastal Open title',
    summary:
      'Mira Varga, 19, beat Sofia Reyes in the Coastal Open final in Halvern on Saturday for her first major title.',
    published: CASE_NOW + 2 * HOUR,
  };
  const semi = {
    id: 'semi',
    title: 'Reyes sweeps past Holm into Coastal Open final',
    summary: 'Sofia Reyes beat Jana Holm 6-2, 6-1 in Halvern on Friday to reach the Coastal Open final.',
    published: CASE_NOW - 20 * HOUR,
  };
  const doubles = {
    id: 'doubles',
    title: 'Varga and Kos win Coastal Open doubles title',
    summary:
      'Mira Varga and Petra Kos won the Coastal Open doubles final in Halvern on Sunday, a day after her singles title.',
    published: CASE_NOW + 26 * HOUR,
  };

  it('calls a semi-final or the doubles, naming one finalist, no "same story" of the final', () => {
    for (const other of [semi, doubles]) {
      expect(rankArticle(article, [other]).get(other.id)).not.toBe('same');
      const both = rankArticle(article, [report, other]);
      expect(both.get('report')).toBe('same');
      expect(both.get(other.id)).not.toBe('same');
    }
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
