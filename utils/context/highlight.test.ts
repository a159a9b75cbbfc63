import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { highlightQuote } from './highlight';

const page = () =>
  new JSDOM(`<!DOCTYPE html><body><script>var s = "Beijing warned";</script>
    <article><p>Energy officials approved the survey.   Beijing
      <em>warned</em> Manila against what it called “unilateral” exploration.</p></article>
    <sidelight-sidebar>Beijing warned Manila against what it called “unilateral” exploration.</sidelight-sidebar></body>`)
    .window.document;

describe('highlightQuote', () => {
  it('selects the sentence in the article across markup and whitespace, never in scripts or the sidebar', () => {
    const doc = page();
    expect(highlightQuote('Beijing warned Manila against what it called “unilateral” exploration.', doc)).toBe(true);
    const selection = doc.getSelection();
    expect(selection?.toString().replace(/\s+/g, ' ')).toBe(
      'Beijing warned Manila against what it called “unilateral” exploration.',
    );
    expect(selection?.getRangeAt(0).startContainer.parentElement?.tagName).toBe('P');
  });

  it('says so when the sentence is not on the page', () => {
    expect(highlightQuote('A sentence this page never had.', page())).toBe(false);
  });
});
