import { describe, expect, it, vi } from 'vitest';
import { countryName, languageName } from './names';

describe('country and language names', () => {
  it('name codes in English, keep what Intl does not know, and look each code up once', () => {
    const lookUp = vi.spyOn(Intl.DisplayNames.prototype, 'of');
    expect([countryName('JP'), countryName('KP'), languageName('ja')]).toEqual(['Japan', 'North Korea', 'Japanese']);
    expect(countryName('not a code')).toBe('not a code');
    const asked = lookUp.mock.calls.length;
    expect([countryName('JP'), countryName('KP'), languageName('ja'), countryName('not a code')]).toEqual([
      'Japan',
      'North Korea',
      'Japanese',
      'not a code',
    ]);
    expect(lookUp).toHaveBeenCalledTimes(asked);
  });
});
