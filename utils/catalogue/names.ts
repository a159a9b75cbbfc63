/**
 * Country and language names from ISO codes, by the browser's own Intl data (no table to ship). English,
 * because the catalogue and its search are in English.
 */
const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });

/** "JP" → "Japan", "KP" → "North Korea"; the code itself when Intl does not know it. */
export function countryName(code: string): string {
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

const languages = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });

/** "ja" → "Japanese"; the tag itself when Intl does not know it. */
export function languageName(tag: string): string {
  try {
    return languages.of(tag) ?? tag;
  } catch {
    return tag;
  }
}
