import { describe, expect, it } from 'vitest';
import { normalizeWord, stem, termOf, terms, wordTokens } from './tokenize';

describe('stem', () => {
  it('conflates the inflections of one word', () => {
    for (const group of [
      ['riot', 'riots', 'rioted', 'rioting'],
      ['charge', 'charged', 'charges', 'charging'],
      ['stop', 'stopped', 'stopping', 'stops'],
      ['country', 'countries'],
      ['carry', 'carried'],
      ['kill', 'killed', 'killing'],
    ]) {
      expect(new Set(group.map(stem)).size, group.join('/')).toBe(1);
    }
  });

  it('folds demonyms onto their country', () => {
    expect(stem('korean')).toBe(stem('korea'));
    expect(stem('russian')).toBe(stem('russia'));
  });

  it('keeps apart words that only look alike', () => {
    expect(stem('news')).not.toBe(stem('new'));
    expect(stem('bring')).toBe('bring');
    expect(stem('strike')).not.toBe(stem('stroke'));
  });

  it('leaves short words, numbers and non-Latin words alone', () => {
    expect(stem('bus')).toBe('bus');
    expect(stem('2013')).toBe('2013');
    expect(stem('москвы')).toBe('москвы');
  });
});

describe('terms', () => {
  it('lowercases, drops stop words and stems', () => {
    expect(terms('The Riots in Athens were SPREADING, police said.')).toEqual(['riot', 'athens', 'spread', 'polic']);
  });

  it('drops possessives and splits hyphenated words', () => {
    expect(terms("Pyongyang's 16-year-old envoy")).toEqual(['pyongyang', '16', 'year', 'old', 'envoy']);
  });

  it('reads numbers with separators as one value', () => {
    expect(terms('10,000 troops and a 6.1 quake')).toEqual(['10000', 'troop', '6.1', 'quak']);
    expect(normalizeWord('1.000.000')).toBe('1000000');
    expect(normalizeWord('007')).toBe('7');
  });

  it('handles accented and non-Latin scripts', () => {
    expect(terms('Zürich and São Paulo')).toEqual(['zurich', 'sao', 'paulo']);
    expect(terms('Землетрясение в Москве')).toEqual(['землетрясение', 'в', 'москве']);
  });

  it('meets a name written with and without its accents', () => {
    // Outlets differ: one writes "Skarsgård", another "Skarsgard".
    expect(terms('Alexander Skarsgård')).toEqual(terms('Alexander Skarsgard'));
    expect(terms('Erdoğan, Søren and Łukasz')).toEqual(['erdogan', 'soren', 'lukasz']);
    // Other scripts keep their marks: Cyrillic "й" is a letter of its own, and Hangul stays whole.
    expect(terms('Московский 한국어')).toEqual(['московский', '한국어']);
  });

  it('splits scripts written without spaces into words', () => {
    const words = terms('北京时间今天发生地震');
    expect(words.length).toBeGreaterThan(1);
    expect(words.join('')).toBe('北京时间今天发生地震');
  });

  it('keeps dotted acronyms distinct from stop words', () => {
    expect(termOf('U.S.')).toBe('u.s.');
    expect(termOf('us')).toBeNull();
    // "US" and "WHO" in capitals are the country and the World Health Organization, read as if dotted; "us",
    // "Us" and "Who" stay stop words.
    expect(termOf('US')).toBe('u.s.');
    expect(termOf('Us')).toBeNull();
    expect(termOf('WHO')).toBe('w.h.o.');
    expect(termOf('Who')).toBeNull();
    expect(terms('US troops')).toEqual(terms('U.S. troops'));
  });

  it('reports offsets of each word', () => {
    const text = 'Kim met Putin.';
    expect(wordTokens(text).map((t) => text.slice(t.start, t.end))).toEqual(['Kim', 'met', 'Putin']);
  });

  it('returns nothing for text without words', () => {
    expect(terms('')).toEqual([]);
    expect(terms('… !!! — 🙂')).toEqual([]);
  });
});
