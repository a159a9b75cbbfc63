/** Google News editions offered on the options page (language-region tags); any other tag still works. */
export const EDITION_CHOICES: readonly string[] = [
  'en-US',
  'en-GB',
  'en-AU',
  'en-CA',
  'en-IE',
  'en-IN',
  'en-NZ',
  'en-NG',
  'en-PH',
  'en-SG',
  'en-ZA',
  'fr-FR',
  'fr-CA',
  'de-DE',
  'es-ES',
  'es-MX',
  'it-IT',
  'pt-BR',
  'pt-PT',
  'nl-NL',
  'pl-PL',
  'uk-UA',
  'ru-RU',
  'tr-TR',
  'ar-EG',
  'hi-IN',
  'ja-JP',
  'ko-KR',
  'zh-CN',
  'zh-TW',
];

/** "British English (en-GB)", in the reader's own language where the browser can say it. */
export function editionLabel(tag: string, displayLocale?: string): string {
  try {
    const name = new Intl.DisplayNames(displayLocale ? [displayLocale] : undefined, { type: 'language' }).of(tag);
    return name && name !== tag ? `${name} (${tag})` : tag;
  } catch {
    return tag;
  }
}
