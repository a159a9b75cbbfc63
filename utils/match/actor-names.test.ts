import { describe, expect, it } from 'vitest';
import { actorNameTerms, countActors, oneCountry, onlyCountries } from './actor-names';
import { termOf } from './tokenize';

const has = (name: string, other: string): boolean => {
  const terms = other.split(' ').map(termOf).join(' ');
  return actorNameTerms(name).some((t) => t.join(' ') === terms);
};

describe('actorNameTerms', () => {
  it("gives a country's capital, demonym and leader as its other names", () => {
    expect(has('North Korea', 'Pyongyang')).toBe(true);
    expect(has('North Korea', 'Kim Jong Un')).toBe(true);
    expect(has('Chinese', 'Beijing')).toBe(true);
    expect(has('Russia', 'Kremlin')).toBe(true);
  });

  it('gives nothing for a person, a place that is no actor, or an unknown name', () => {
    expect(actorNameTerms('Kim Jong Un')).toEqual([]);
    expect(actorNameTerms('Reed Bank')).toEqual([]);
    expect(actorNameTerms('Police')).toEqual([]);
  });

  it('leaves out surnames too short to stand for a state', () => {
    expect(has('South Korea', 'Yoon')).toBe(false);
    expect(has('South Korea', 'Yoon Suk Yeol')).toBe(true);
    expect(has('China', 'Xi')).toBe(false);
    expect(has('Russia', 'Putin')).toBe(true);
  });
});

describe('countActors', () => {
  it('counts a country once by any of its names, demonyms or capital', () => {
    expect(countActors(['US', 'America'])).toBe(1);
    expect(countActors(['Kyiv', 'Ukraine', 'Ukrainian'])).toBe(1);
    expect(countActors(['Ukraine', 'Russia'])).toBe(2);
  });

  it('counts a person apart from their country, and any other name as itself', () => {
    expect(countActors(['Donald Trump', 'US'])).toBe(2);
    expect(countActors(['Reed Bank', 'Halvern'])).toBe(2);
    expect(countActors([])).toBe(0);
  });
});

describe('oneCountry', () => {
  it('is true for one country by any of its names', () => {
    expect(oneCountry(['UK'])).toBe(true);
    expect(oneCountry(['Kyiv', 'Ukrainian'])).toBe(true);
  });

  it('is false for two countries, an organisation, a person beside the country, or nothing', () => {
    expect(oneCountry(['Ukraine', 'Russia'])).toBe(false);
    expect(oneCountry(['NATO'])).toBe(false);
    expect(oneCountry(['Donald Trump', 'US'])).toBe(false);
    expect(oneCountry(['Bucha'])).toBe(false);
    expect(oneCountry([])).toBe(false);
  });
});

describe('onlyCountries', () => {
  it('is true for one or more countries by any of their names, a pair written as one name too', () => {
    expect(onlyCountries(['UK'])).toBe(true);
    expect(onlyCountries(['Ukraine', 'Russian', 'Kyiv'])).toBe(true);
    expect(onlyCountries(['Russian', 'Russia-Ukraine'])).toBe(true);
  });

  it('is false once anything else is shared: an organisation, a person, a town, or nothing', () => {
    expect(onlyCountries(['Ukraine', 'NATO'])).toBe(false);
    expect(onlyCountries(['Russia', 'Sergei Valentov'])).toBe(false);
    expect(onlyCountries(['Ukraine', 'Borivka'])).toBe(false);
    expect(onlyCountries(['Trump-Putin'])).toBe(false);
    expect(onlyCountries([])).toBe(false);
  });
});
