import { describe, expect, it } from 'vitest';
import { decodeHtmlEntities } from './html-entities';
import { htmlToText, truncateAtWord } from './html-to-text';

describe('decodeHtmlEntities', () => {
  it('decodes named, decimal and hex references, and keeps unknown names', () => {
    expect(decodeHtmlEntities('caf&eacute; &amp; cr&egrave;me &#8212; &#x2019; &Omega;&sigmaf; &bogus; AT&T')).toBe(
      'café & crème — ’ Ως &bogus; AT&T',
    );
  });

  it('maps Windows-1252 numeric references and invalid code points like browsers', () => {
    expect(decodeHtmlEntities('&#151;&#146;&#0;&#xD800;')).toBe('—’\uFFFD\uFFFD');
  });

  it('decodes one level only', () => {
    expect(decodeHtmlEntities('&amp;lt;')).toBe('&lt;');
  });
});

describe('htmlToText', () => {
  it('drops tags, keeping words apart at block tags and together at inline tags', () => {
    expect(htmlToText('<p>One</p><p>Two<br>Three</p> 10m<sup>2</sup> <b>bold</b>')).toBe('One Two Three 10m2 bold');
  });

  it('drops script, style, comments and their content, closed or not', () => {
    expect(htmlToText('a<script>var x = "<p>";</script>b<style>p{}</style>c<!-- note -->d')).toBe('a b c d');
    expect(htmlToText('kept <script>never closed')).toBe('kept');
  });

  it('copes with ">" inside quoted attributes', () => {
    expect(htmlToText('<a title="a > b" href="/x">link</a> text')).toBe('link text');
  });

  it('collapses whitespace, non-breaking spaces and zero-width characters', () => {
    expect(htmlToText('  many\n\n\tspaces&nbsp;here\u200B  ')).toBe('many spaces here');
  });

  it('leaves a lone "<" that is not a tag', () => {
    expect(htmlToText('3 &lt; 4 and 5 > 2')).toBe('3 < 4 and 5 > 2');
  });

  it('gets through thousands of unclosed tags and scripts (hostile input stays linear)', () => {
    expect(htmlToText('word <a '.repeat(20_000)).startsWith('word <a word')).toBe(true);
    expect(htmlToText(`lead ${'<script>'.repeat(20_000)}`)).toBe('lead');
    expect(htmlToText('<b title="'.repeat(20_000)).length).toBeGreaterThan(0);
  });

  it('strips markup that only appears after decoding (double-escaped feeds)', () => {
    expect(htmlToText('&lt;b&gt;Bold&lt;/b&gt; &lt;script&gt;alert(1)&lt;/script&gt;news')).toBe('Bold news');
  });
});

describe('truncateAtWord', () => {
  it('leaves short text alone', () => {
    expect(truncateAtWord('short text', 600)).toBe('short text');
  });

  it('cuts at a word boundary and adds an ellipsis', () => {
    const text = 'word '.repeat(200);
    const cut = truncateAtWord(text, 600);
    expect(cut.length).toBeLessThanOrEqual(600);
    expect(cut).toMatch(/ word…$/);
  });

  it('cuts hard when there is no space to cut at, without splitting an emoji', () => {
    const cut = truncateAtWord('😀'.repeat(10), 6);
    expect(cut).toBe('😀😀…');
  });
});
