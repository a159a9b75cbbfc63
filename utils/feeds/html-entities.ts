/**
 * HTML character references: the HTML 4 named set (what feeds actually use: &nbsp; &rsquo; &eacute; ...)
 * plus numeric references. A full HTML5 table (2,000+ names) is not worth its weight in a service worker;
 * an unknown name is left as written, which is what browsers do too.
 */

/** Names of U+00A0 to U+00FF, in code point order. */
const LATIN1_NAMES =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 ' +
  'acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml ' +
  'Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde ' +
  'Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ' +
  'ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide ' +
  'oslash ugrave uacute ucirc uuml yacute thorn yuml';

/** Greek capitals from U+0391 and small letters from U+03B1 (U+03A2 and U+03C2 are the gaps handled below). */
const GREEK_NAMES =
  'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigmaf sigma tau upsilon phi chi psi omega';

/** Everything else in HTML 4, plus a few HTML5 spellings seen in feeds, as name:codepoint pairs. */
const OTHER_NAMES =
  'quot:34 QUOT:34 amp:38 AMP:38 apos:39 lt:60 LT:60 gt:62 GT:62 OElig:338 oelig:339 Scaron:352 scaron:353 ' +
  'Yuml:376 fnof:402 circ:710 tilde:732 thetasym:977 upsih:978 piv:982 ensp:8194 emsp:8195 thinsp:8201 ' +
  'zwnj:8204 zwj:8205 lrm:8206 rlm:8207 hyphen:8208 ndash:8211 mdash:8212 horbar:8213 lsquo:8216 rsquo:8217 ' +
  'sbquo:8218 ldquo:8220 rdquo:8221 bdquo:8222 dagger:8224 Dagger:8225 bull:8226 hellip:8230 permil:8240 ' +
  'prime:8242 Prime:8243 lsaquo:8249 rsaquo:8250 oline:8254 frasl:8260 euro:8364 image:8465 weierp:8472 ' +
  'real:8476 trade:8482 alefsym:8501 larr:8592 uarr:8593 rarr:8594 darr:8595 harr:8596 crarr:8629 lArr:8656 ' +
  'uArr:8657 rArr:8658 dArr:8659 hArr:8660 forall:8704 part:8706 exist:8707 empty:8709 nabla:8711 isin:8712 ' +
  'notin:8713 ni:8715 prod:8719 sum:8721 minus:8722 lowast:8727 radic:8730 prop:8733 infin:8734 ang:8736 ' +
  'and:8743 or:8744 cap:8745 cup:8746 int:8747 there4:8756 sim:8764 cong:8773 asymp:8776 ne:8800 equiv:8801 ' +
  'le:8804 ge:8805 sub:8834 sup:8835 nsub:8836 sube:8838 supe:8839 oplus:8853 otimes:8855 perp:8869 sdot:8901 ' +
  'lceil:8968 rceil:8969 lfloor:8970 rfloor:8971 lang:9001 rang:9002 loz:9674 spades:9824 clubs:9827 ' +
  'hearts:9829 diams:9830 laquo:171 raquo:187 NewLine:10 Tab:9';

/** Windows-1252 characters that HTML maps numeric references &#128; to &#159; onto (the HTML standard's table). */
const CP1252_C1 = [
  8364, 129, 8218, 402, 8222, 8230, 8224, 8225, 710, 8240, 352, 8249, 338, 141, 381, 143, 144, 8216, 8217, 8220, 8221,
  8226, 8211, 8212, 732, 8482, 353, 8250, 339, 157, 382, 376,
];

function buildTable(): Map<string, string> {
  const table = new Map<string, string>();
  LATIN1_NAMES.split(' ').forEach((name, i) => table.set(name, String.fromCodePoint(0xa0 + i)));
  GREEK_NAMES.split(' ').forEach((name, i) => {
    table.set(name, String.fromCodePoint(0x3b1 + i));
    // There is no capital final sigma: U+03A2 is unassigned.
    if (name !== 'sigmaf') table.set(name.charAt(0).toUpperCase() + name.slice(1), String.fromCodePoint(0x391 + i));
  });
  for (const pair of OTHER_NAMES.split(' ')) {
    const [name = '', code] = pair.split(':');
    table.set(name, String.fromCodePoint(Number(code)));
  }
  return table;
}

const NAMED = buildTable();

/** Decodes one numeric reference the way browsers do: invalid code points become U+FFFD. */
function decodeNumeric(code: number): string {
  if (code >= 0x80 && code <= 0x9f) return String.fromCodePoint(CP1252_C1[code - 0x80] ?? 0xfffd);
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\uFFFD';
  return String.fromCodePoint(code);
}

const REFERENCE = /&(?:#(\d{1,8})|#[xX]([0-9a-fA-F]{1,7})|([A-Za-z][A-Za-z0-9]{1,31}));/g;

/**
 * Replaces HTML character references (named, decimal, hexadecimal) with the characters they stand for.
 * Unknown names are kept verbatim. One pass only: "&amp;lt;" becomes "&lt;", not "<".
 */
export function decodeHtmlEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (whole, dec?: string, hex?: string, name?: string) => {
    if (dec !== undefined) return decodeNumeric(Number.parseInt(dec, 10));
    if (hex !== undefined) return decodeNumeric(Number.parseInt(hex, 16));
    return NAMED.get(name ?? '') ?? whole;
  });
}
