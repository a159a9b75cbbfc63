import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCatalogue } from './catalogue';
import { createCatalogueSearch } from './search';

const catalogue = parseCatalogue(
  JSON.parse(readFileSync(new URL('../../public/catalogue/outlets.json', import.meta.url), 'utf8')),
);
const search = createCatalogueSearch(catalogue.outlets);
const names = (query: string) => search(query).map((o) => o.name);

describe('catalogue search', () => {
  it('finds outlets by name, best first, and forgives typos', () => {
    expect(names('guardian')[0]).toBe('The Guardian');
    expect(names('guardain')).toContain('The Guardian');
    expect(names('kyodo')[0]).toBe('Kyodo News');
    expect(names('yonhap').slice(0, 2)).toEqual(
      expect.arrayContaining(['Yonhap News Agency', 'Yonhap: North Korea desk']),
    );
    expect(names('al jazera')[0]).toBe('Al Jazeera English');
  });

  it('finds outlets by country, typos and accents included', () => {
    const japan = search('japan');
    expect(japan.map((o) => o.name)).toEqual(
      expect.arrayContaining(['Kyodo News', 'NHK News', 'The Japan Times', 'Nikkei Asia']),
    );
    expect(japan.slice(0, 5).every((o) => o.country === 'JP')).toBe(true);
    expect(names('japn')).toContain('Kyodo News');
    expect(names('clarin')[0]).toBe('Clarín');
  });

  it('finds both sides of the Korean question for "korea"', () => {
    const korea = names('korea');
    expect(korea).toEqual(
      expect.arrayContaining(['Yonhap News Agency', 'The Korea Herald', 'NK News', 'Daily NK', '38 North']),
    );
  });

  it('finds outlets by web address and returns nothing for an empty query', () => {
    expect(names('nytimes')[0]).toBe('The New York Times');
    expect(search('   ')).toEqual([]);
    expect(search('qqqqzzzz')).toEqual([]);
  });
});
