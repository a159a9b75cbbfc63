import { describe, expect, it } from 'vitest';
import { hostOf, hostOrNull, safeHref } from './urls';

describe('safeHref', () => {
  it('keeps http(s) links and refuses script links', () => {
    expect(safeHref('https://example.com/a')).toBe('https://example.com/a');
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref('not a url')).toBeNull();
  });
});

describe('hostOf', () => {
  it('drops www', () => expect(hostOf('https://www.example.org/x')).toBe('example.org'));
  it('names the site in lower case, without its port unless asked', () => {
    expect(hostOf('https://WWW.News.Example:8443/feed')).toBe('news.example');
    expect(hostOf('http://127.0.0.1:8080/feed', { port: true })).toBe('127.0.0.1:8080');
  });
  it('gives back what it was given when that is not a URL', () => expect(hostOf('not a url')).toBe('not a url'));
});

describe('hostOrNull', () => {
  it('is null for a missing address or one that is not a URL, so hosts compared never match on it', () => {
    expect(hostOrNull(null)).toBeNull();
    expect(hostOrNull(undefined)).toBeNull();
    expect(hostOrNull('')).toBeNull();
    expect(hostOrNull('feeds of the week')).toBeNull();
    expect(hostOrNull('https://www.kyodonews.net/rss')).toBe('kyodonews.net');
  });
});
