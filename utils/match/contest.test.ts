/** A contest's result and its sides (contest.ts), and what the matcher makes of another result. Text written here. */
import { describe, expect, it } from 'vitest';
import { rankArticle } from '../../tests/support/rank-article';
import { CASE_NOW } from '../../tests/support/background-case';
import { contestSides, lossSides } from './contest';

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

  it('reads a side sent past another, and a loss with or without its winner', () => {
    expect(contestSides('Varo’s late winner sends Halvern Rovers past Ostmark City into the final')).toEqual({
      first: ['Halvern', 'Rovers'],
      second: ['Ostmark', 'City'],
    });
    expect(lossSides('Varga and Kos knocked out of Coastal Open doubles')).toEqual({
      winner: [],
      loser: ['Varga', 'Kos'],
    });
    expect(lossSides('Coastal Open: Reyes falls to Lind in three sets')).toEqual({
      winner: ['Lind'],
      loser: ['Reyes'],
    });
    expect(lossSides('Storm sends power prices past record')).toBeNull();
    expect(contestSides('Storm sends power prices past record')).toBeNull();
  });

  it('reads a side that edged another, and the side whose hopes a result ended', () => {
    expect(contestSides('Ostmark edge Halvern Rovers to set up semi-final with Lyle')).toEqual({
      first: ['Ostmark'],
      second: ['Halvern', 'Rovers'],
    });
    expect(contestSides("Lyle end Ostmark's cup hopes in Halvern thriller")).toEqual({
      first: ['Lyle'],
      second: ['Ostmark'],
    });
    // A verb straight after a comma shares the first clause's subject, not the place it conquered.
    expect(contestSides('Varo conquers the Streif, edges Lind-Holm by 0.04')).toEqual({
      first: ['Varo'],
      second: ['Lind', 'Holm'],
    });
    // A scoreline between the sides, a colon after it or not.
    expect(contestSides('Ostmark 17-22 Halvern Rovers: visitors grind out win in Lyle')).toEqual({
      first: ['Ostmark'],
      second: ['Halvern', 'Rovers'],
    });
    expect(contestSides('Coastal Cup: Lyle 3–1 Ostmark')).toEqual({ first: ['Lyle'], second: ['Ostmark'] });
    expect(contestSides('Covid 19-20 cases rise in Halvern')).toBeNull();
    // "Edge" as a noun, and hopes ended by no side, are no result.
    expect(contestSides("Ostmark's edge over Halvern narrows")).toBeNull();
    expect(contestSides('Rain ends hopes of Halvern regatta')).toBeNull();
  });

  it('reads no result where a side is not named', () => {
    expect(contestSides('Police beat protesters in Halvern')).toBeNull();
    expect(contestSides('Halvern council ousted by voters')).toBeNull();
    expect(contestSides('Ostmark wins the cup')).toBeNull();
    expect(contestSides('Storm knocks out power across Halvern')).toBeNull();
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

  const doublesOut = {
    id: 'doubles-out',
    title: 'Varga and Kos knocked out of Coastal Open doubles',
    summary: 'The pair lost to the top seeds in Halvern on Saturday evening, hours after the singles final.',
    published: CASE_NOW + 4 * HOUR,
  };

  it('calls a semi-final or the doubles, naming one finalist, no "same story" of the final', () => {
    for (const other of [semi, doubles, doublesOut]) {
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
