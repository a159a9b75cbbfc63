/** Big cities in headlines (cities.ts) and another city's act (features.ts `otherCity`). Text written here. */
import { describe, expect, it } from 'vitest';
import { rankArticle } from '../../tests/support/rank-article';
import { CASE_NOW } from '../../tests/support/background-case';
import { citiesAmongTerms, headlineCities } from './cities';
import { termOf } from './tokenize';

const HOUR = 3_600_000;

describe('headlineCities', () => {
  it('finds a big city by its whole name, with a capital, and leaves capitals to their countries', () => {
    expect(headlineCities('Seattle council caps delivery fees as San Francisco weighs its own')).toEqual([
      [termOf('Seattle')],
      [termOf('San'), termOf('Francisco')],
    ]);
    expect(headlineCities('Small print: what the new Seattle-area fees mean')).toEqual([[termOf('Seattle')]]);
    expect(headlineCities('seattle council caps fees')).toEqual([]);
    expect(headlineCities('New Orleans council caps fees')).toEqual([[termOf('New'), termOf('Orleans')]]);
    expect(headlineCities('Pirates seize tanker in the Gulf of Aden')).toEqual([]);
    expect(headlineCities('Queens bakery wins award as Anger grows over Halvern fees')).toEqual([]);
    expect(headlineCities('Moscow and Kyiv trade blame over Halvern strike')).toEqual([]);
  });

  it('finds a city among a headline’s terms in any order', () => {
    const terms = new Set(['francisco', 'san', 'council']);
    expect(citiesAmongTerms(['san', 'francisco'], (t) => terms.has(t))).toEqual([['san', 'francisco']]);
    expect(citiesAmongTerms(['san'], (t) => t === 'san')).toEqual([]);
  });
});

describe('the same act in another city', () => {
  const article = {
    title: 'Seattle council caps delivery app commissions at 12 percent',
    text: [
      'SEATTLE — The Seattle City Council voted 7-2 on Tuesday to cap the commissions delivery apps charge restaurants at 12 percent of each order, the lowest cap of any large US city.',
      'Restaurant owners had asked for the cap for two years, saying fees of up to 30 percent left them losing money on delivery orders.',
      '“This keeps neighbourhood restaurants in business,” said council member Dana Whitfield, who wrote the ordinance.',
      'The apps said the cap would force them to raise prices for customers. The rule takes effect in March.',
    ].join('\n'),
    published: CASE_NOW,
  };
  const report = {
    id: 'report',
    title: 'Seattle votes to cap delivery app fees for restaurants at 12%',
    summary: 'The city council approved a 12 percent cap on the commissions delivery apps charge Seattle restaurants.',
    published: CASE_NOW + HOUR,
  };
  const otherCity = {
    id: 'other-city',
    title: 'Portland council caps delivery app commissions at 15 percent',
    summary: 'The council voted on Tuesday to cap the commissions delivery apps charge restaurants at 15 percent.',
    published: CASE_NOW - 4 * HOUR,
  };

  it('calls another city’s cap no "same story", alone or beside a report of the article’s', () => {
    expect(rankArticle(article, [otherCity]).get('other-city')).not.toBe('same');
    const both = rankArticle(article, [report, otherCity]);
    expect(both.get('report')).toBe('same');
    expect(both.get('other-city')).not.toBe('same');
  });
});
