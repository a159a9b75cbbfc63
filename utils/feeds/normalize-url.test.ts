import { describe, expect, it } from 'vitest';
import { normalizeUrl } from './normalize-url';

describe('normalizeUrl', () => {
  it.each([
    ['lower-cases scheme and host, keeps www', 'HTTPS://WWW.Example.COM/Path', 'https://www.example.com/Path'],
    ['treats http as https', 'http://example.com/a', 'https://example.com/a'],
    ['drops default ports', 'http://example.com:80/a', 'https://example.com/a'],
    ['drops 443 too', 'https://example.com:443/a', 'https://example.com/a'],
    ['keeps other ports', 'https://example.com:8080/a', 'https://example.com:8080/a'],
    ['drops the fragment', 'https://example.com/a#comments', 'https://example.com/a'],
    [
      'drops tracking parameters',
      'https://example.com/a?utm_source=rss&utm_Medium=x&fbclid=1&gclid=2&mc_cid=3&mc_eid=4&ocid=5',
      'https://example.com/a',
    ],
    ['sorts the remaining parameters', 'https://example.com/a?b=2&a=1&utm_campaign=z', 'https://example.com/a?a=1&b=2'],
    ['strips the trailing slash', 'https://example.com/news/story/', 'https://example.com/news/story'],
    ['keeps the root slash', 'https://example.com', 'https://example.com/'],
    ['folds an /amp/ segment', 'https://example.com/amp/news/story', 'https://example.com/news/story'],
    ['folds a trailing /amp', 'https://example.com/news/story/amp', 'https://example.com/news/story'],
    ['folds .amp.html', 'https://example.com/news/story.amp.html', 'https://example.com/news/story.html'],
    ['folds an amp. subdomain', 'https://amp.example.co.uk/news/story', 'https://example.co.uk/news/story'],
    ['folds ?amp and outputType=amp', 'https://example.com/a?amp&outputType=amp&id=3', 'https://example.com/a?id=3'],
    [
      'unwraps the Google AMP cache',
      'https://www-example-com.cdn.ampproject.org/c/s/www.example.com/news/story/amp',
      'https://www.example.com/news/story',
    ],
  ])('%s', (_name, input, expected) => {
    expect(normalizeUrl(input)).toBe(expected);
  });

  it('gives variants of one story the same key', () => {
    const variants = [
      'http://www.example.com/world/story-123/?utm_source=twitter#top',
      'https://www.example.com/world/story-123/amp',
      'https://WWW.example.com:443/world/story-123?fbclid=abc',
    ];
    expect(new Set(variants.map(normalizeUrl)).size).toBe(1);
  });

  it('keeps different stories apart', () => {
    expect(normalizeUrl('https://example.com/a?id=1')).not.toBe(normalizeUrl('https://example.com/a?id=2'));
    expect(normalizeUrl('https://www.example.com/a')).not.toBe(normalizeUrl('https://example.com/a'));
  });

  it('does not mistake a two-label amp host for an AMP edition', () => {
    expect(normalizeUrl('https://amp.dev/about')).toBe('https://amp.dev/about');
  });

  it('returns invalid or non-web input trimmed', () => {
    expect(normalizeUrl('  not a url ')).toBe('not a url');
    expect(normalizeUrl('mailto:desk@example.com')).toBe('mailto:desk@example.com');
  });
});
