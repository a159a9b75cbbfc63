/**
 * Whose story a headline tells: its names in order, with whoever tells the news ("Seoul says…") after the others.
 * All text is written for this test.
 */
import { describe, expect, it } from 'vitest';
import { StoryIndex } from './inverted-index';
import { analyseQuery } from './query';

const index = new StoryIndex();
for (const title of [
  'North Korea and South Korea talk at the border',
  'Seoul and Moscow trade envoys as Russia courts Asia',
  'China, Japan and the US meet on tariffs',
  'Delivery app Tapla expands to Busan',
])
  index.add({ id: title, title, summary: '', published: null });

/** The headline's focal names, first (the subject) to last, as the article writes them. */
function focal(title: string, lead: string): string[] {
  const q = analyseQuery(index, { title, lead, text: lead, published: null });
  return [...q.focalNames].sort((a, b) => b[1] - a[1]).map(([i]) => q.names[i]?.text ?? '');
}

describe('the headline subject', () => {
  const lead = 'North Korea has sent more troops to Russia, South Korea said; officials in Seoul gave no number.';

  it('is the first name when the speaker comes last', () => {
    expect(focal('North Korea sends more troops to Russia, Seoul says', lead)[0]).toBe('North Korea');
  });

  it('is not the speaker who opens the headline', () => {
    expect(focal('Seoul says North Korea has sent more troops to Russia', lead)[0]).toBe('North Korea');
    expect(focal('South Korean spy agency says North Korea sent more troops', lead)[0]).toBe('North Korea');
  });

  it('keeps the speaker first when the news is its own', () => {
    expect(focal('Seoul says it will send an envoy to North Korea', lead)[0]).toBe('Seoul');
  });

  it('keeps a name that a comma parts from who says it', () => {
    const lead = 'US tariffs hit China hard this year, and Japan fears it is next.';
    expect(focal('US tariffs hit China, economists say, as Japan waits', lead)).toEqual(['US', 'China', 'Japan']);
  });

  it('takes no longer name of the text for the headline word it starts with', () => {
    // No story has "federation" or "enterprise": the name's words the index knows are only "Korea".
    const lead = 'South Korea fined the delivery app Tapla, the Korea Federation of Micro Enterprise said.';
    expect(focal("Korea's regulator fines delivery app Tapla", lead)).toEqual(['Korea', 'Tapla']);
  });
});
