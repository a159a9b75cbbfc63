import { describe, expect, it } from 'vitest';
import { parseFeedDate } from './parse-date';

const iso = (value: string): string | null => {
  const ms = parseFeedDate(value);
  return ms === null ? null : new Date(ms).toISOString();
};

describe('parseFeedDate', () => {
  it.each([
    ['Tue, 05 Apr 2022 10:00:00 GMT', '2022-04-05T10:00:00.000Z'],
    ['Tue, 5 Apr 2022 10:00:00 GMT+1', '2022-04-05T09:00:00.000Z'],
    ['Tue, 5 Apr 2022 10:00:00 GMT+01:00', '2022-04-05T09:00:00.000Z'],
    ['Tue, 05 Apr 2022 09:20 EDT', '2022-04-05T13:20:00.000Z'],
    ['Tue, 05 Apr 2022 10:00:00 EST', '2022-04-05T15:00:00.000Z'],
    ['Tue, 05 Apr 2022 10:00:00 PDT', '2022-04-05T17:00:00.000Z'],
    ['Tue, 05 Apr 2022 10:00:00 +0530', '2022-04-05T04:30:00.000Z'],
    ['Tue, 05 Apr 2022 10:00:00 -0000 (UTC)', '2022-04-05T10:00:00.000Z'],
    ['Tuesday, 05-Apr-22 10:00:00 UT', '2022-04-05T10:00:00.000Z'],
    ['5 April 2022 10:00:00 +0000', '2022-04-05T10:00:00.000Z'],
    ['05 Apr 2022', '2022-04-05T00:00:00.000Z'],
  ])('reads RFC 822 "%s"', (input, expected) => {
    expect(iso(input)).toBe(expected);
  });

  it.each([
    ['2022-04-05T10:00:00Z', '2022-04-05T10:00:00.000Z'],
    ['2022-04-05T10:00:00.123+02:00', '2022-04-05T08:00:00.123Z'],
    ['2022-04-05T10:00:00-0500', '2022-04-05T15:00:00.000Z'],
    ['2022-04-05 10:00:00', '2022-04-05T10:00:00.000Z'],
    ['2022-04-05', '2022-04-05T00:00:00.000Z'],
  ])('reads ISO 8601 "%s"', (input, expected) => {
    expect(iso(input)).toBe(expected);
  });

  it.each([
    '31 Feb 2022',
    'Thu, 31 Feb 2022 10:00:00 GMT',
    '2022-02-31T10:00:00Z',
    '2023-02-29',
    'February 31, 2022',
    'April 31, 2022 10:00 GMT',
  ])('gives null for the impossible date "%s" (not a day in the next month)', (input) => {
    expect(parseFeedDate(input)).toBeNull();
  });

  it('keeps 29 February in a leap year', () => {
    expect(iso('Thu, 29 Feb 2024 10:00:00 GMT')).toBe('2024-02-29T10:00:00.000Z');
    expect(iso('February 29, 2024 10:00 GMT')).toBe('2024-02-29T10:00:00.000Z');
  });

  it.each(['', '   ', 'sometime last week', 'Tue, 45 Foo 2022', '2022-13-45T99:00:00Z', '0000-01-01T00:00:00Z'])(
    'gives null for "%s"',
    (input) => {
      expect(parseFeedDate(input)).toBeNull();
    },
  );

  it('gives null for missing values', () => {
    expect(parseFeedDate(null)).toBeNull();
    expect(parseFeedDate(undefined)).toBeNull();
  });
});
