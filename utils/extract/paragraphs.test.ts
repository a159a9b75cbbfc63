import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { articleParagraphs } from './paragraphs';

const texts = (html: string) =>
  articleParagraphs(new JSDOM(`<article>${html}</article>`).window.document.body).map((p) => p.text);

describe('articleParagraphs', () => {
  it('leaves out a byline or dateline line, as Readability leaves it once it took the author out', () => {
    expect(
      texts(`<p>By , in Seoul · <time datetime="2026-12-04T05:58Z">4 December 2026, 05:58 UTC</time></p>
        <p>By Mira Sol and Tomas Ek</p>
        <p><time datetime="2026-12-04">4 December 2026</time> · Updated</p>
        <p>The harbour reopened on Tuesday after a week of repairs.</p>`),
    ).toEqual(['The harbour reopened on Tuesday after a week of repairs.']);
  });

  it('keeps story text that starts with "By" or holds a time: a sentence, or a live update with words of its own', () => {
    const story = [
      'By the end of the week, the ferries were running again.',
      '10:42 Ferry crews walk out at the northern terminal over unpaid overtime',
      'By Monday the strike had spread to three ports',
    ];
    expect(
      texts(`<p>${story[0]}</p>
        <h3><time datetime="2026-12-04T10:42Z">10:42</time> Ferry crews walk out at the northern terminal over unpaid overtime</h3>
        <p>${story[2]}</p>`),
    ).toEqual(story);
  });
});
