/**
 * Country and language names from ISO codes, by the browser's own Intl data (no table to ship). English,
 * because the catalogue and its search are in English.
 */
type Kind = 'region' | 'language';

/** Intl's English names of each kind, set up on first use (not as the worker starts: ICU loads its data then). */
const intl = new Map<Kind, Intl.DisplayNames>();

/**
 * Names already asked for. Intl looks each one up afresh, slowly: the options page asks for every catalogue
 * outlet's country several times a render (sorting, rows), which made 120 ms of its first render.
 */
const known = new Map<Kind, Map<string, string>>([
  ['region', new Map()],
  ['language', new Map()],
]);

/** A code's English name, or the code itself when Intl does not know it (or finds it malformed). */
function nameOf(kind: Kind, code: string): string {
  const memo = known.get(kind);
  const kept = memo?.get(code);
  if (kept !== undefined) return kept;
  let name: string;
  try {
    let names = intl.get(kind);
    if (!names) intl.set(kind, (names = new Intl.DisplayNames(['en'], { type: kind, fallback: 'code' })));
    name = names.of(code) ?? code;
  } catch {
    name = code;
  }
  memo?.set(code, name);
  return name;
}

/** "JP" → "Japan", "KP" → "North Korea"; the code itself when Intl does not know it. */
export function countryName(code: string): string {
  return nameOf('region', code);
}

/** "ja" → "Japanese"; the tag itself when Intl does not know it. */
export function languageName(tag: string): string {
  return nameOf('language', tag);
}
