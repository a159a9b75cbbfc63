import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderTemplate } from '../../tests/support/fixture-templates';
import { GdeltAnswerError, gdeltSearchUrl, parseGdeltArtlist, parseSeenDate } from './gdelt';
import { thrownWords } from '../../tests/support/in-words';

const now = Date.UTC(2026, 10, 25, 12, 0, 0);
const template = readFileSync(new URL('../../tests/fixtures/search/gdelt-artlist.json', import.meta.url), 'utf8');
const body = renderTemplate(template, { origin: 'http://127.0.0.1:1', now });

describe('gdeltSearchUrl', () => {
  it('asks for an article list in JSON for the query', () => {
    const url = new URL(gdeltSearchUrl('https://api.gdeltproject.org/api/v2/doc/doc', '"Reed Bank" water cannon'));
    expect(url.origin + url.pathname).toBe('https://api.gdeltproject.org/api/v2/doc/doc');
    expect(url.searchParams.get('query')).toBe('"Reed Bank" water cannon');
    expect(url.searchParams.get('mode')).toBe('artlist');
    expect(url.searchParams.get('format')).toBe('json');
  });
});

describe('parseSeenDate', () => {
  it('reads GDELT’s compact UTC dates', () => {
    expect(parseSeenDate('20261125T101500Z')).toBe(Date.UTC(2026, 10, 25, 10, 15, 0));
    expect(parseSeenDate('20240229T000000Z')).toBe(Date.UTC(2024, 1, 29));
  });

  it('refuses anything else', () => {
    for (const bad of [
      '2026-11-25T10:15:00Z',
      '20261325T101500Z',
      '20230229T000000Z',
      '20261125T241500Z',
      '',
      null,
      20261125,
    ]) {
      expect(parseSeenDate(bad)).toBeNull();
    }
  });
});

describe('parseGdeltArtlist', () => {
  const hits = parseGdeltArtlist(body);

  it('reads title, address, date, picture and the domain as outlet', () => {
    expect(hits[0]).toEqual({
      title: 'Water cannon fired at Philippine survey ship near Reed Bank, three crew injured',
      link: 'https://islandtimes.example/2026/reed-bank-water-cannon-three-injured',
      summary: '',
      published: now - 100 * 60_000,
      guid: null,
      image: 'https://islandtimes.example/images/reed-bank.jpg',
      outlet: 'islandtimes.example',
    });
  });

  it('decodes entities in titles, closes GDELT’s gaps before commas and skips results without a web address', () => {
    expect(hits.map((h) => h.title)).toContain("Manila summons Beijing's envoy over Reed Bank water cannon incident");
    expect(hits.map((h) => h.outlet)).not.toContain('nowhere.example');
    expect(hits).toHaveLength(4);
  });

  it('reads "nothing found" ({}) as no results', () => {
    expect(parseGdeltArtlist('{}')).toEqual([]);
    expect(parseGdeltArtlist('{"articles": [null, 3, {"title": "no url"}]}')).toEqual([]);
  });

  it('passes on GDELT’s own words when it cannot run a query', () => {
    expect(() => parseGdeltArtlist('The specified phrase is too short.')).toThrow(GdeltAnswerError);
    expect(thrownWords(() => parseGdeltArtlist('The specified phrase is too short.'))).toBe(
      'GDELT could not run this search; it said “The specified phrase is too short.”',
    );
  });
});
