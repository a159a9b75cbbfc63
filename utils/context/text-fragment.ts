/**
 * Links that open a page at a sentence: URL text fragments (`#:~:text=start,end`), which Chromium, Edge and
 * Safari scroll to and highlight. Browsers without them simply open the page.
 */

const WORDS_EACH_SIDE = 5;

/** Percent-encodes a fragment directive term: commas, dashes and ampersands are syntax there. */
function encodeTerm(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D');
}

/**
 * `url` with a text fragment for `sentence`: the whole sentence when short, else its first and last words
 * (textStart,textEnd), which also survives small differences in between.
 */
export function textFragmentUrl(url: string, sentence: string): string {
  const base = url.replace(/#.*$/s, '');
  const words = sentence
    .replace(/\s+/g, ' ')
    .trim()
    .split(' ')
    .filter((w) => w.length > 0);
  if (words.length === 0) return base;
  const directive =
    words.length <= WORDS_EACH_SIDE * 2
      ? encodeTerm(words.join(' '))
      : `${encodeTerm(words.slice(0, WORDS_EACH_SIDE).join(' '))},${encodeTerm(words.slice(-WORDS_EACH_SIDE).join(' '))}`;
  return `${base}#:~:text=${directive}`;
}
