/**
 * The language a page declares, as a canonical BCP 47 tag.
 */

/** The page's language: `<html lang>`, then og:locale, then a content-language meta tag. */
export function langOf(doc: Document, meta: Map<string, string>): string | null {
  const candidates = [
    doc.documentElement?.getAttribute('lang'),
    meta.get('og:locale'),
    meta.get('content-language'),
    meta.get('language'),
  ];
  for (const candidate of candidates) {
    const tag = canonicalLangTag(candidate);
    if (tag) return tag;
  }
  return null;
}

/** "en_us" → "en-US", "fr, en" → "fr"; invalid tags → null. */
export function canonicalLangTag(raw: string | null | undefined): string | null {
  const first = raw?.split(',')[0]?.trim().replace(/_/g, '-');
  if (!first || first.toLowerCase() === 'x-default') return null;
  try {
    return Intl.getCanonicalLocales(first)[0] ?? null;
  } catch {
    return null;
  }
}
