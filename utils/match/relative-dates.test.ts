import { describe, expect, it } from 'vitest';
import { epochDay, resolveRelativeDays } from './relative-dates';
import { wordTokens } from './tokenize';

// Wednesday 12 March 2025, 09:00 UTC.
const WEDNESDAY = Date.UTC(2025, 2, 12, 9);
const days = (text: string, published: number | null = WEDNESDAY) =>
  resolveRelativeDays(text, wordTokens(text), published).map((d) => [d.text, d.value - epochDay(WEDNESDAY)]);

describe('resolveRelativeDays', () => {
  it("resolves weekdays to the most recent such day, against the text's own date", () => {
    expect(days('Dockers walked out on Tuesday and returned on Wednesday.')).toEqual([
      ['Tuesday', -1],
      ['Wednesday', 0],
    ]);
    expect(days('The vote was held on Thursday.')).toEqual([['Thursday', -6]]);
  });

  it('reads "next" as the coming day, and yesterday/today/tonight', () => {
    expect(days('Talks resume next Monday.')).toEqual([['Monday', 5]]);
    expect(days('Yesterday ships queued; today they sail; tonight the port closes.')).toEqual([
      ['Yesterday', -1],
      ['today', 0],
      ['tonight', 0],
    ]);
  });

  it('resolves nothing without a date', () => {
    expect(days('on Tuesday', null)).toEqual([]);
    expect(days('on Tuesday', Number.NaN)).toEqual([]);
  });
});
