import { describe, expect, it } from 'vitest';
import { formatRelativeTime, hostOf, safeHref } from './format';

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

describe('safeHref', () => {
  it('keeps http(s) links and refuses script links', () => {
    expect(safeHref('https://example.com/a')).toBe('https://example.com/a');
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref('not a url')).toBeNull();
  });
});

describe('hostOf', () => {
  it('drops www', () => expect(hostOf('https://www.example.org/x')).toBe('example.org'));
});
