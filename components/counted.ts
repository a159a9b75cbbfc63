import { i18n, type GeneratedI18nStructure } from '#i18n';
import { formatCount } from '../utils/format/plural';

/** The keys of locales/en.yml that are plural forms with the count as their one substitution. */
export type CountKey = {
  [K in keyof GeneratedI18nStructure]: GeneratedI18nStructure[K] extends { plural: true; substitutions: 1 } ? K : never;
}[keyof GeneratedI18nStructure];

/**
 * A count and its noun from the locale file ("1 source", "3 sources"): the form chosen by @wxt-dev/i18n's
 * plural rule, the number written by Intl.NumberFormat ("1,204").
 */
export function counted(key: CountKey, n: number): string {
  return i18n.t(key, n, [formatCount(n)]);
}
