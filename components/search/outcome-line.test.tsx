import { describe, expect, it } from 'vitest';
import type { ProviderOutcome } from '../../utils/search/outcome';
import { slowDownMessage } from '../../utils/search/rate-limit';
import { outcomeLine } from './outcome-line';

const base = { provider: 'googleNews', name: 'Google News', host: 'news.google.com' } as const;

describe('what Find more coverage says each service did, through the locale file', () => {
  it('reads as before: found and new, nothing found, one story, or the error as given', () => {
    const outcomes: ProviderOutcome[] = [
      { ...base, ok: true, found: 12, added: 9 },
      { ...base, ok: true, found: 1, added: 0 },
      { ...base, ok: true, found: 0, added: 0 },
      { ...base, ok: false, error: slowDownMessage('gdelt', 60_000, 0), slowDown: true },
      { ...base, ok: false, error: slowDownMessage('googleNews', 4 * 60_000 + 1, 0), slowDown: true },
    ];
    expect(outcomes.map(outcomeLine)).toEqual([
      'Google News: 12 stories found, 9 new.',
      'Google News: 1 story found, 0 new.',
      'Google News: nothing found for these words.',
      'GDELT asked us to slow down; try again in a minute.',
      'Google News asked us to slow down; try again in 5 minutes.',
    ]);
  });
});
