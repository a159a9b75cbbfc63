/**
 * Country and language names from ISO codes, by the browser's own Intl data (no table to ship). English,
 * because the catalogue and its search are in English.
 */
const regions = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
const languages = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });

/** A code's English name, or the code itself when Intl does not know it (or finds it malformed). */
function nameOf(names: Intl.DisplayNames, code: string): string {
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/** "JP" → "Japan", "KP" → "North Korea"; the code itself when Intl does not know it. */
export function countryName(code: string): string {
  return nameOf(regions, code);
}

/** "ja" → "Japanese"; the tag itself when Intl does not know it. */
export function languageName(tag: string): string {
  return nameOf(languages, tag);
}
