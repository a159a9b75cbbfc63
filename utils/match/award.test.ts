/** A prize's winner in a headline (award.ts), and the sides of any result (result-sides.ts). Text written here. */
import { describe, expect, it } from 'vitest';
import { awardWinner, quotedTitleWords } from './award';
import { resultSides } from './result-sides';

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

  it("reads a race's winner, a hyphenated name as its parts, as the index keeps them", () => {
    expect(awardWinner('Varo-Lind wins Halvern pursuit to take Coastal Cup lead', named('Varo', 'Lind'))).toEqual([
      'Varo',
      'Lind',
    ]);
    expect(awardWinner('Reyle wins Halvern sprint with clean shooting', named('Reyle'))).toEqual(['Reyle']);
    expect(awardWinner('Ostmark win relay in Halvern', named('Ostmark'))).toEqual(['Ostmark']);
  });

  it('reads the winner of a night of prizes swept', () => {
    expect(awardWinner('Ada Varo sweeps Coastal Music Awards as debut named album of the year', named('Varo'))).toEqual(
      ['Ada', 'Varo'],
    );
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

  it('gives a contest’s sides as winner and beaten, and quoted titles only when they read as titles', () => {
    expect(resultSides('Halvern Rovers beat Ostmark City 3-1', named())).toEqual({
      winner: ['Halvern', 'Rovers'],
      loser: ['Ostmark', 'City'],
    });
    expect(resultSides('Tomas Reyle earns Fighting Spirit prize', named('Reyle'))).toEqual({
      winner: ['Tomas', 'Reyle'],
      loser: [],
    });
    expect(resultSides('Reyle named player of the tournament', named('Reyle'))).toEqual({
      winner: ['Reyle'],
      loser: [],
    });
    // A lone loser must be a name the text proves: "Shares knocked out of index" is no result.
    expect(resultSides('Reyle and Kos bow out of Coastal Open doubles', named('Reyle'))?.loser).toEqual([
      'Reyle',
      'Kos',
    ]);
    expect(resultSides('Shares knocked out of Halvern index', named())).toBeNull();
    expect(quotedTitleWords("Marren won for 'The Long Ferry', saying 'this is for my mother'.")).toEqual([
      'Long',
      'Ferry',
    ]);
  });
});
