import { i18n } from '#i18n';
import { formatCount } from '../../utils/format/plural';
import type { ProviderOutcome } from '../../utils/search/outcome';
import { say } from '../said';

/** "Google News: 12 stories found, 9 new.", or the provider's error in words. */
export function outcomeLine(outcome: ProviderOutcome): string {
  if (!outcome.ok) return say(outcome.error);
  if (outcome.found === 0) return i18n.t('findMore.nothingFound', [outcome.name]);
  return i18n.t('findMore.found', outcome.found, [
    outcome.name,
    formatCount(outcome.found),
    formatCount(outcome.added),
  ]);
}
