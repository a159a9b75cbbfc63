import { describe, expect, it } from 'vitest';
import { formatRelativeTime } from './time';

describe('formatRelativeTime', () => {
  const now = Date.UTC(2026, 0, 10, 12);
  it('says hours and days in words', () => {
    expect(formatRelativeTime(now - 3 * 3600_000, now, 'en')).toBe('3 hours ago');
    expect(formatRelativeTime(now - 24 * 3600_000, now, 'en')).toBe('yesterday');
    expect(formatRelativeTime(now - 12 * 24 * 3600_000, now, 'en')).toBe('2 weeks ago');
  });
  it('calls the last minute "just now"', () => {
    expect(formatRelativeTime(now - 20_000, now, 'en')).toBe('just now');
  });
});
