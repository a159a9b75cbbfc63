/**
 * The project's one plural helper: "1 source", "2 sources", "1,204 stories". The form is chosen by
 * `Intl.PluralRules` and the number written by `Intl.NumberFormat`, so another language's rules (Polish's
 * "few", Arabic's "two") come from the browser, not from `n === 1`.
 */

const rulesByLocale = new Map<string, Intl.PluralRules>();
const numbersByLocale = new Map<string, Intl.NumberFormat>();

function rulesFor(locale: string): Intl.PluralRules {
  let rules = rulesByLocale.get(locale);
  if (!rules) rulesByLocale.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules;
}

let uiLocale = 'en';

/**
 * Sets the language counts are written in when no locale is given: the language of the UI's strings (each
 * locale file names its own in its `locale` key), so "1.204 Meldungen" never reads "1,204 Meldungen". A tag
 * Intl does not know leaves English.
 */
export function setUiLocale(tag: string): void {
  try {
    uiLocale = Intl.NumberFormat.supportedLocalesOf([tag])[0] ?? 'en';
  } catch {
    uiLocale = 'en'; // not a language tag at all
  }
}

/** A count in the locale's digits and grouping ("1,204"); the UI's language by default. */
export function formatCount(n: number, locale = uiLocale): string {
  let format = numbersByLocale.get(locale);
  if (!format) numbersByLocale.set(locale, (format = new Intl.NumberFormat(locale)));
  return format.format(n);
}

/** The words for a count: `one` and `other` always, any other plural category of the locale when it has one. */
export type PluralForms = { one: string; other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;

/**
 * `n` and the noun that goes with it: `plural(3, 'source')` → "3 sources"; an irregular plural as the third
 * argument (`plural(2, 'story', 'stories')`), or all the locale's forms as an object.
 */
export function plural(n: number, one: string | PluralForms, many?: string, locale = 'en'): string {
  const forms: PluralForms = typeof one === 'string' ? { one, other: many ?? `${one}s` } : one;
  const category = rulesFor(locale).select(n);
  return `${formatCount(n, locale)} ${forms[category] ?? forms.other}`;
}
