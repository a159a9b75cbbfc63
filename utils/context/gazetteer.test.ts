import countries from 'world-countries';
import { describe, expect, it } from 'vitest';
import shipped from './data/countries.json';
import shippedAbroad from './data/country-names.json';
import { compactCountries, countryNamesAbroad } from './data/compact-countries';
import { LEADERS } from './data/leaders';
import { Gazetteer, applyCorrections } from './gazetteer';
import { findMentions } from './mentions';

const g = new Gazetteer();
const actorsIn = (text: string) => findMentions(g, text).map((m) => `${m.surface}→${m.actor}`);

describe('gazetteer', () => {
  it('ships the country list the installed world-countries package gives (regenerate with tests/tools/build-countries.ts)', () => {
    expect(shipped).toEqual(compactCountries(countries));
    expect(shippedAbroad).toEqual(countryNamesAbroad(countries));
  });

  it('knows common and official names, other spellings, demonyms and capitals', () => {
    expect(actorsIn("The People's Republic of China and the Republic of Korea met in Burma.")).toEqual([
      "People's Republic of China→CHN",
      'Republic of Korea→KOR',
      'Burma→MMR',
    ]);
    expect(actorsIn('Ukrainian and Russian officials flew from Kyiv to Ankara.')).toEqual([
      'Ukrainian→UKR',
      'Russian→RUS',
      'Kyiv→UKR',
      'Ankara→TUR',
    ]);
    expect(actorsIn('Emirati and Saudi envoys met in Riyadh.')).toEqual(['Emirati→ARE', 'Saudi→SAU', 'Riyadh→SAU']);
    // "Sudanese" is Sudan's alone: South Sudan's people are "South Sudanese", the longer name.
    expect(actorsIn('The Sudanese government and South Sudanese officials met.')).toEqual([
      'Sudanese→SDN',
      'South Sudanese→SSD',
    ]);
  });

  it('reads metonyms as their governments', () => {
    expect(
      actorsIn('Beijing and Pyongyang praised the Kremlin; the White House, the Pentagon and Downing Street did not.'),
    ).toEqual(['Beijing→CHN', 'Pyongyang→PRK', 'Kremlin→RUS', 'White House→USA', 'Pentagon→USA', 'Downing Street→GBR']);
    expect(actorsIn('Brussels, Seoul, Tokyo and Tehran replied.')).toEqual([
      'Brussels→org:EU',
      'Seoul→KOR',
      'Tokyo→JPN',
      'Tehran→IRN',
    ]);
  });

  it('ties leaders to their countries, with variants and possessives', () => {
    expect(actorsIn("Xi Jinping's envoy met Zelenskyy after Kim Jong-un and Putin spoke.")).toEqual([
      'Xi Jinping→CHN',
      'Zelenskyy→UKR',
      'Kim Jong-un→PRK',
      'Putin→RUS',
    ]);
    expect(findMentions(g, 'Lavrov said so.')[0]?.person).toEqual({ name: 'Sergei Lavrov', role: 'Foreign minister' });
    // Spellings the list does not have are found by Fuse over the gazetteer's names.
    expect(actorsIn('Zelenskyi and Netanyahou met Erdogan.')).toEqual([
      'Zelenskyi→UKR',
      'Netanyahou→ISR',
      'Erdogan→TUR',
    ]);
  });

  it('names organisations and blocs, acronyms only in capitals', () => {
    expect(actorsIn('NATO, the UN, the EU, ASEAN, OPEC and the IAEA met.')).toEqual([
      'NATO→org:NATO',
      'UN→org:UN',
      'EU→org:EU',
      'ASEAN→org:ASEAN',
      'OPEC→org:OPEC',
      'IAEA→org:IAEA',
    ]);
    expect(actorsIn('Who told us? The un-named official said nothing to us.')).toEqual([]);
    expect(actorsIn('The U.S. and the US Navy.')).toEqual(['U.S.→USA', 'US→USA']);
  });

  it('possessives of names ending in s, and names inside places that are not actors', () => {
    expect(actorsIn("The Philippines’ claims in the South China Sea and the Philippines' navy.")).toEqual([
      'Philippines→PHL',
      'Philippines→PHL',
    ]);
    expect(actorsIn('The Washington Post reported from New Mexico on the Korean Peninsula.')).toEqual([]);
    // Fuzzy matching is for people only: a look-alike place is not a country.
    expect(actorsIn('Off Palawan, near Palau.')).toEqual(['Palau→PLW']);
  });

  it('resolves names and codes as outlet facts and settings give them', () => {
    for (const [input, id] of [
      ['China', 'CHN'],
      ['CN', 'CHN'],
      ['CHN', 'CHN'],
      ['The Netherlands', 'NLD'],
      ['Turkey', 'TUR'],
      ['NATO', 'org:NATO'],
      ['org:UN', 'org:UN'],
      ['European Union', 'org:EU'],
    ]) {
      expect(g.resolve(input as string), input).toBe(id);
    }
    expect(g.resolve('Atlantis')).toBeNull();
  });

  it("applies the reader's corrections: replace, add, forget", () => {
    const corrected = new Gazetteer([
      { name: 'Shigeru Ishiba', actor: null, role: '' },
      { name: 'Sanae Takaichi', actor: 'JPN', role: 'Prime minister' },
      { name: 'Sergei Lavrov', actor: 'RUS', role: 'Former foreign minister' },
    ]);
    const m = (text: string) =>
      findMentions(corrected, text).map((x) => `${x.surface}→${x.actor}:${x.person?.role ?? ''}`);
    expect(m('Sanae Takaichi met Shigeru Ishiba and Lavrov.')).toEqual([
      'Sanae Takaichi→JPN:Prime minister',
      'Lavrov→RUS:Former foreign minister',
    ]);
    expect(applyCorrections(LEADERS, [{ name: 'Nobody', actor: null, role: '' }])).toHaveLength(LEADERS.length);
  });

  it('every leader is tied to an actor the gazetteer knows', () => {
    for (const p of LEADERS) expect(g.actor(p.actor), p.name).toBeDefined();
  });
});
