import { i18n } from '#i18n';
import type { MatchReasons } from '../utils/types';
import { counted } from './counted';

/**
 * A match's reasons in the reader's words, from the locale file: "shared: Reed Bank, coast guard · same
 * figures: 31 people · same day". Empty when there is nothing to say.
 */
export function whyLine(why: MatchReasons | undefined): string {
  if (!why) return '';
  const parts: string[] = [];
  if (why.shared.length > 0) parts.push(i18n.t('why.shared', [why.shared.join(', ')]));
  if (why.figures.length > 0) parts.push(i18n.t('why.figures', [why.figures.join(', ')]));
  if (why.daysApart !== null)
    parts.push(why.daysApart === 0 ? i18n.t('why.sameDay') : counted('why.daysApart', why.daysApart));
  return parts.join(' · ');
}
