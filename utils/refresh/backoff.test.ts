import { describe, expect, it } from 'vitest';
import { isDue, MAX_BACKOFF_MS, nextDueAt, refreshDelayMs } from './backoff';

const MIN = 60_000;

describe('refreshDelayMs', () => {
  it('keeps the interval after a success and a first failure, then doubles up to a day', () => {
    const schedule = [0, 1, 2, 3, 4, 5, 6, 7, 8, 40].map((failures) => refreshDelayMs(failures, 30 * MIN) / MIN);
    expect(schedule).toEqual([30, 30, 60, 120, 240, 480, 960, 1440, 1440, 1440]);
  });

  it('never backs off to less than the interval itself', () => {
    expect(refreshDelayMs(5, 2 * MAX_BACKOFF_MS)).toBe(2 * MAX_BACKOFF_MS);
  });
});

describe('isDue', () => {
  const health = (lastFetchedAt: number | null, consecutiveFailures = 0) => ({ lastFetchedAt, consecutiveFailures });

  it('is due when never fetched, and an interval after the last fetch', () => {
    expect(nextDueAt(health(null), 30 * MIN)).toBeNull();
    expect(isDue(health(null), 0, 30 * MIN)).toBe(true);
    expect(isDue(health(0), 10 * MIN, 30 * MIN)).toBe(false);
    expect(isDue(health(0), 30 * MIN, 30 * MIN)).toBe(true);
  });

  it('counts a source fetched late in the last run as due at the next tick', () => {
    // Fetched 3 minutes after the alarm; the next alarm is 27 minutes later.
    expect(isDue(health(3 * MIN), 30 * MIN, 30 * MIN)).toBe(true);
  });

  it('skips a failing source until its backoff has passed, and a success resets it', () => {
    expect(isDue(health(0, 3), 60 * MIN, 30 * MIN)).toBe(false);
    expect(isDue(health(0, 3), 120 * MIN, 30 * MIN)).toBe(true);
    expect(isDue(health(0, 0), 30 * MIN, 30 * MIN)).toBe(true);
  });
});
