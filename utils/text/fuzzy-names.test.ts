import { describe, expect, it } from 'vitest';
import { FUZZY_NAME_MAX_SCORE, FuzzyNames } from './fuzzy-names';

const names = (words: string[]) => {
  const fuzzy = new FuzzyNames<string>((w) => w);
  for (const w of words) fuzzy.add(w);
  return fuzzy;
};

describe('FuzzyNames', () => {
  it('finds a transliteration one or two letters away, closest first', () => {
    const hits = names(['zelensky', 'zelenskiy', 'zagreb', 'zimbabwe']).closest('zelenskyy');
    expect(hits.map((h) => h.value)).toEqual(['zelensky', 'zelenskiy']);
    expect(hits.every((h) => h.score <= FUZZY_NAME_MAX_SCORE)).toBe(true);
  });

  it('never returns the query itself, names of another first letter, or names too long or short', () => {
    const fuzzy = names(['netanyahu', 'betanyahu', 'netanyahuuuuu', 'netanyahou']);
    expect(fuzzy.closest('netanyahou').map((h) => h.value)).toEqual(['netanyahu']);
  });

  it('turns away neighbouring names that only share a stem', () => {
    expect(names(['kingston']).closest('kinshasa')).toEqual([]);
    expect(names(['marcos']).closest('macron')).toEqual([]);
  });

  it('asks for a spelling of the whole word, not of its beginning', () => {
    // French "Français" is the start of "Francisco" with a letter off; three edits in nine letters are another word.
    expect(names(['francisco']).closest('francais')).toEqual([]);
    expect(
      names(['alexey', 'navalny'])
        .closest('alexei')
        .map((h) => h.value),
    ).toEqual(['alexey']);
    expect(
      names(['navalny'])
        .closest('navalnyy')
        .map((h) => h.value),
    ).toEqual(['navalny']);
  });
});
