import { describe, expect, it } from 'vitest';
import { describeOutcome, type ProviderOutcome } from '../../utils/search/outcome';
import { outcomeLine } from './FindMoreCoverage';

const base = { provider: 'googleNews', name: 'Google News', host: 'news.google.com' } as const;

describe('what Find more coverage says each service did, through the locale file', () => {
  it('reads as before: found and new, nothing found, one story, or the error as given', () => {
    const outcomes: ProviderOutcome[] = [
      { ...base, ok: true, found: 12, added: 9 },
      { ...base, ok: true, found: 1, added: 0 },
      { ...base, ok: true, found: 0, added: 0 },
      { ...base, ok: false, error: 'GDELT asked us to slow down; try again in a minute.', slowDown: true },
    ];
    expect(outcomes.map(outcomeLine)).toEqual(outcomes.map(describeOutcome));
    expect(outcomes.map(outcomeLine).slice(0, 3)).toEqual([
      'Google News: 12 stories found, 9 new.',
      'Google News: 1 story found, 0 new.',
      'Google News: nothing found for these words.',
    ]);
  });
});
