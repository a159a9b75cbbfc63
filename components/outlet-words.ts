import { i18n } from '#i18n';
import { countryByCode } from '../utils/catalogue/country-region';
import { countryName, languageName } from '../utils/catalogue/names';
import { isOwnership } from '../utils/catalogue/regions';
import { UNDETERMINED_LANGUAGE } from '../utils/sources/outlet-details';
import type { OutletFacts } from '../utils/types';
import { ownershipName, regionName } from './labels';

const countryOf = (facts: OutletFacts) => countryByCode(facts.country)?.name ?? countryName(facts.country);

/** The facts in one line: "Japan · East Asia · Private · state-affiliated · English". */
export function describeOutlet(facts: OutletFacts): string {
  const parts = [countryOf(facts), regionName(facts.region)];
  if (isOwnership(facts.ownership)) parts.push(ownershipName(facts.ownership));
  if (facts.stateAffiliated) parts.push(i18n.t('outletWords.stateAffiliated'));
  if (facts.language && facts.language !== UNDETERMINED_LANGUAGE) parts.push(languageName(facts.language));
  return parts.join(' · ');
}

/** What the options page says once outlet facts were saved (`cleared` false) or cleared, with the facts now stored. */
export function outletSavedNotice(title: string, facts: OutletFacts | undefined, cleared: boolean): string {
  if (!cleared)
    return i18n.t('outletWords.saved', [title, facts ? countryOf(facts) : i18n.t('outletWords.unknownCountry')]);
  return facts ? i18n.t('outletWords.clearedToCatalogue', [title]) : i18n.t('outletWords.cleared', [title]);
}
