/**
 * Feed titles and descriptions are HTML of unknown quality. Sidelight only ever shows them as plain text,
 * so this reduces any such string to clean text without a DOM (the service worker has none).
 */
import { decodeHtmlEntities } from './html-entities';

/**
 * The regular expressions below never scan past the next "<" (or consume to the end at most once), so
 * hostile input such as thousands of unclosed "<a" or "<script" costs linear time, not quadratic.
 */

/** Elements whose content is never readable text. */
const DROPPED_OPENER = /<(script|style|noscript|template|iframe|object|svg|math|head)\b/gi;
const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
const CDATA = /<!\[CDATA\[([\s\S]*?)(?:\]\]>|$)/g;
/** Declarations and processing instructions: <!DOCTYPE ...>, <?xml ...?>. */
const DECLARATION = /<[!?][^<>]*>/g;
/** Attributes, where quoted values may hold ">" (but a "<" means the tag is broken). */
const ATTRIBUTES = `(?:[^<>"']|"[^"<]*"|'[^'<]*')*`;
/** Inline elements: removing them must not split a word ("1930ft<sup>2</sup>" is "1930ft2"). */
const INLINE_TAG = new RegExp(
  `</?(?:a|abbr|b|bdi|bdo|cite|code|data|dfn|em|font|i|kbd|mark|q|s|samp|small|span|strike|strong|sub|sup|time|tt|u|var|wbr)\\b${ATTRIBUTES}>`,
  'gi',
);
/** Any other tag. Block-level tags separate words. */
const ANY_TAG = new RegExp(`</?[A-Za-z][^\\s/<>]*${ATTRIBUTES}>`, 'g');
/** Controls other than tab/newline/CR, and zero-width characters, are noise in a one-line text. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B\uFEFF]/g;
const LOOKS_LIKE_MARKUP = /<[A-Za-z/!?]/;
/** Far more than a summary needs; bounds the work on a megabyte of show notes. */
const MAX_HTML_CHARS = 200_000;

/** Removes script/style/... elements with their content; an unclosed one swallows the rest, as in a browser. */
function dropElements(html: string): string {
  let out = '';
  let pos = 0;
  DROPPED_OPENER.lastIndex = 0;
  for (let m = DROPPED_OPENER.exec(html); m; m = DROPPED_OPENER.exec(html)) {
    out += `${html.slice(pos, m.index)} `;
    const closer = new RegExp(`</${m[1] ?? ''}\\s*>`, 'gi');
    closer.lastIndex = DROPPED_OPENER.lastIndex;
    if (!closer.exec(html)) return out;
    pos = closer.lastIndex;
    DROPPED_OPENER.lastIndex = pos;
  }
  return out + html.slice(pos);
}

function stripMarkup(html: string): string {
  const withoutComments = html.replace(COMMENT, ' ').replace(CDATA, '$1');
  return dropElements(withoutComments).replace(DECLARATION, ' ').replace(INLINE_TAG, '').replace(ANY_TAG, ' ');
}

function collapseWhitespace(text: string): string {
  return text.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}

/**
 * Reduces an HTML fragment to one line of plain text: drops script/style (with their content), comments and
 * tags, decodes character references and collapses whitespace.
 *
 * Feeds that escape their HTML twice ("&amp;lt;b&amp;gt;") still hold markup after decoding; that markup is
 * stripped too, so no markup ever survives. The cost is that a literal "<tag>" written as text in such a
 * feed is lost, which is rare and harmless.
 */
export function htmlToText(html: string): string {
  if (!html) return '';
  let text = decodeHtmlEntities(stripMarkup(html.slice(0, MAX_HTML_CHARS)));
  if (LOOKS_LIKE_MARKUP.test(text)) text = stripMarkup(text);
  return collapseWhitespace(text);
}

/** Escapes plain text so it can go through `htmlToText` unchanged (used for JSON Feed's `content_text`). */
export function textToHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Shortens text to at most `max` characters, cutting at a word boundary and adding an ellipsis.
 * Falls back to a hard cut when the text has no space in its last third (long URLs, CJK text).
 */
export function truncateAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  // Never split a surrogate pair (an emoji) in half.
  const cut = text.slice(0, max - 1).replace(/[\uD800-\uDBFF]$/, '');
  const space = cut.lastIndexOf(' ');
  const body = space > max * 0.66 ? cut.slice(0, space) : cut;
  return `${body.replace(/[\s,;:.\-–—]+$/, '')}…`;
}
