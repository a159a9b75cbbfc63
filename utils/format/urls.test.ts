import { describe, expect, it } from 'vitest';
import { hostOf, safeHref } from './urls';

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
