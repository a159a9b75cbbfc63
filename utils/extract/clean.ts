/**
 * Small text clean-ups for metadata values as pages write them.
 */

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

/** Collapse runs of whitespace (including non-breaking spaces) to one space and trim. */
export function collapseWhitespace(value: string): string {
  return value.replace(/[\s\u00a0]+/g, ' ').trim();
}

/**
 * Decode the HTML entities that survive in meta `content` values when a CMS escapes twice
 * ("Rock &amp;amp; Roll", "it&#039;s"). Only plain text comes out; nothing here is ever parsed as markup.
 */
export function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body.startsWith('#')) {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

/** Tidy a metadata string: decode stray entities, collapse whitespace; empty becomes null. */
export function tidy(value: string | null | undefined): string | null {
  if (!value) return null;
  const cleaned = collapseWhitespace(decodeEntities(value));
  return cleaned || null;
}

/** True when the value is a URL rather than a name (some sites put profile links in author tags). */
export function looksLikeUrl(value: string): boolean {
  return /^(?:https?:)?\/\/|^www\./i.test(value.trim());
}

// "By Jane Doe", "Par Jean Dupont", "Por ...", "Von ...", "Di ...", "Door ...".
export const BYLINE_PREFIX = /^(?:by|par|por|von|di|door)\s*[:\-–]?\s+/i;
const MAX_BYLINE = 120;
// Bylines scraped from the page often run on into the dateline: "Jane Doe March 25, 2015", "Jane Doe22 Dec 2016".
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const DATELINE = new RegExp(
  `(?:\\b${MONTH}\\s+\\d{1,2}\\b|\\d{1,2}\\s+${MONTH}\\s+\\d{4}|\\b\\d{4}-\\d{2}-\\d{2}|\\b\\d{1,2}/\\d{1,2}/\\d{2,4}|\\bupdated\\b)`,
  'i',
);

/**
 * Clean a byline for display: whitespace collapsed, a leading "By" and a trailing dateline dropped. Returns null
 * for values that are not a name: URLs, bare dates and long blocks of text (a scraped paragraph, not a byline).
 */
export function cleanByline(value: string | null | undefined): string | null {
  const tidied = tidy(value);
  if (!tidied || looksLikeUrl(tidied)) return null;
  const withoutPrefix = tidied.replace(BYLINE_PREFIX, '');
  const dateline = DATELINE.exec(withoutPrefix);
  const name = (dateline ? withoutPrefix.slice(0, dateline.index) : withoutPrefix).replace(/[\s,;|·•–—-]+$/, '').trim();
  if (!name || name.length > MAX_BYLINE) return null;
  return name;
}

// Separators sites put between a headline and their own name: "Headline | Site", "Site - Headline".
const TITLE_SEPARATORS = [' | ', ' - ', ' – ', ' — ', ' :: ', ' · ', ' » ', ' / '];

/**
 * Remove the site name from the start or end of a title ("Headline | The Daily Example" → "Headline") when that
 * part equals the site name. Other suffixes (a section, an author) are kept: they may be part of the headline.
 */
export function stripSiteName(title: string, siteName: string): string {
  const site = comparable(siteName);
  if (!site) return title;
  for (const sep of TITLE_SEPARATORS) {
    const last = title.lastIndexOf(sep);
    if (last > 0 && comparable(title.slice(last + sep.length)) === site) {
      return title.slice(0, last).trim();
    }
    const first = title.indexOf(sep);
    if (first > 0 && comparable(title.slice(0, first)) === site) {
      return title.slice(first + sep.length).trim();
    }
  }
  return title;
}

// "The Guardian", "theguardian.com" and "www.TheGuardian.com" all compare as "theguardian".
function comparable(value: string): string {
  return value
    .toLowerCase()
    .replace(/^www\./, '')
    .replace(/\.(?:com|org|net|co\.uk|co|[a-z]{2})$/, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}
