import { i18n } from '#i18n';
import { setUiLocale } from './plural';

/**
 * Writes counts in the language of the strings the browser chose for Sidelight (the locale file's own `locale`
 * key, not the browser's language: an English UI on a German browser keeps "1,204"). Call once, first, in every
 * page and in the worker.
 */
export function applyUiLocale(): void {
  setUiLocale(i18n.t('locale'));
}
