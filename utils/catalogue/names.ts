/**
 * Country and language names from ISO codes, by the browser's own Intl data (no table to ship). English,
 * because the catalogue and its search are in English.
 */
const regions = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
const languages = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });

/**
 * Names already asked for. Intl looks each one up afresh, slowly: the options page asks for every catalogue
 * outlet's country several times a render (sorting, rows), which made 120 ms of its first render.
 */
const known = new Map<Intl.DisplayNames, Map<string, string>>([
  [regions, new Map()],
  [languages, new Map()],
]);

/** A code's English name, or the code itself when Intl does not know it (or finds it malformed). */
function nameOf(names: Intl.DisplayNames, code: string): string {
  const memo = known.get(names);
  const kept = memo?.get(code);
  if (kept !== undefined) return kept;
  let name: string;
  try {
    name = names.of(code) ?? code;
  } catch {
    name = code;
  }
  memo?.set(code, name);
  return name;
}

/** "JP" → "Japan", "KP" → "North Korea"; the code itself when Intl does not know it. */
export function countryName(code: string): string {
  return nameOf(regions, code);
}

/** "ja" → "Japanese"; the tag itself when Intl does not know it. */
export function languageName(tag: string): string {
  return nameOf(languages, tag);
}
