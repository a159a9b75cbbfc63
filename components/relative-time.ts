import { i18n } from '#i18n';
import { formatRelativeTime } from '../utils/format/time';

/** "3 hours ago", "yesterday" (Intl, the reader's language) or, under a minute, the locale file's "just now". */
export function relativeTime(time: number, now: number): string {
  return formatRelativeTime(time, now, undefined, i18n.t('time.justNow'));
}
