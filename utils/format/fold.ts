const MARKS_RE = /\p{M}/gu;
const QUOTES_RE = /[‘’ʼ`]/g;

/** Text without its accents and other combining marks ("Kyōdo" → "Kyodo"), compatibility forms unfolded. */
export function stripMarks(text: string): string {
  return text.normalize('NFKD').replace(MARKS_RE, '');
}

/**
 * Text folded for a forgiving search: decomposed, accents dropped, curly apostrophes made straight, lowercased
 * and spaces squeezed, so "Kyōdo", "KYODO" and "kyodo" compare equal and "Côte d’Ivoire" finds "Cote d'Ivoire".
 */
export function foldForSearch(text: string): string {
  return stripMarks(text).replace(QUOTES_RE, "'").toLowerCase().replace(/\s+/g, ' ').trim();
}
