import { describe, expect, it } from 'vitest';
import { checkCatalogue, outletFacts, outletsOfPresets, parseCatalogue, type Catalogue } from './catalogue';
import { thrownWords } from '../../tests/support/in-words';

const outlet = (id: string, feed: string, extra: Record<string, unknown> = {}) => ({
  id,
  name: `Outlet ${id}`,
  homepage: 'https://outlet.example/',
  feeds: [feed],
  country: 'JP',
  region: 'east-asia',
  language: 'en',
  ownership: 'private',
  stateAffiliated: false,
  ...extra,
});
const file = (outlets: unknown[], presets: unknown[] = []) => ({ schemaVersion: 1, outlets, presets });

describe('checkCatalogue', () => {
  it('accepts a well-formed catalogue and defaults focus to none', () => {
    const { catalogue, problems } = checkCatalogue(
      file([outlet('a', 'https://a.example/rss')], [{ id: 'p', name: 'P', description: 'D', outletIds: ['a'] }]),
    );
    expect(problems).toEqual([]);
    expect(catalogue?.outlets[0]?.focus).toEqual([]);
  });

  it('names every problem: bad URL, region, ownership, country, duplicates, presets naming missing outlets', () => {
    const { catalogue, problems } = checkCatalogue(
      file(
        [
          outlet('a', 'https://a.example/rss'),
          outlet('a', 'https://a.example/rss'),
          outlet('b', 'javascript:alert(1)'),
          outlet('c', 'https://C.example/rss', {
            region: 'atlantis',
            ownership: 'cartel',
            country: 'jp',
            focus: ['North Korea'],
          }),
        ],
        [{ id: 'p', name: 'P', description: 'D', outletIds: ['a', 'zzz'] }],
      ),
    );
    expect(catalogue).toBeNull();
    const all = problems.join('\n');
    expect(all).toContain('outlet id "a" appears twice');
    expect(all).toContain('feed https://a.example/rss appears twice');
    expect(all).toContain('feed "javascript:alert(1)" is not an http(s) address');
    expect(all).toContain('is not in canonical form (https://c.example/rss)');
    expect(all).toContain('region "atlantis"');
    expect(all).toContain('ownership "cartel"');
    expect(all).toContain('ISO 3166-1 alpha-2');
    expect(all).toContain('focus must list ISO country codes');
    expect(all).toContain('outlet "zzz" is not in the catalogue');
  });

  it('refuses a plain-http feed: anyone on the network could rewrite what it says', () => {
    const { catalogue, problems } = checkCatalogue(file([outlet('a', 'http://a.example/rss')]));
    expect(catalogue).toBeNull();
    expect(problems.join('\n')).toContain('feed "http://a.example/rss" must be an https address');
  });

  it('refuses another schema version, and parseCatalogue says so in words', () => {
    expect(checkCatalogue({ schemaVersion: 2, outlets: [] }).problems).toEqual(['schemaVersion is 2, expected 1']);
    expect(thrownWords(() => parseCatalogue({ schemaVersion: 2 }))).toMatch(
      /source catalogue is damaged: schemaVersion is 2.*Reinstall Sidelight/,
    );
  });
});

describe('presets and facts', () => {
  const catalogue: Catalogue = parseCatalogue(
    file(
      [
        outlet('a', 'https://a.example/rss', { focus: ['KP'] }),
        outlet('b', 'https://b.example/rss'),
        outlet('c', 'https://c.example/rss'),
      ],
      [
        { id: 'one', name: 'One', description: 'D', outletIds: ['a', 'b'] },
        { id: 'two', name: 'Two', description: 'D', outletIds: ['b', 'c'] },
      ],
    ),
  );

  it('lists the outlets of several presets once each', () => {
    expect(outletsOfPresets(catalogue, ['one', 'two']).map((o) => o.id)).toEqual(['a', 'b', 'c']);
    expect(outletsOfPresets(catalogue, ['nope'])).toEqual([]);
  });

  it('gives a source the facts later features need', () => {
    const [a] = catalogue.outlets;
    expect(a && outletFacts(a)).toEqual({
      catalogueId: 'a',
      country: 'JP',
      region: 'east-asia',
      language: 'en',
      ownership: 'private',
      stateAffiliated: false,
      focus: ['KP'],
    });
  });
});
