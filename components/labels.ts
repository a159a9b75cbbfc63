import { i18n } from '#i18n';
import type { Ownership, RegionId } from '../utils/types';
import type { CoverageGroup } from '../utils/context/types';
import type { SourceSort } from '../utils/sources/list-view';

/**
 * The words for codes utils/ hands the views (regions, kinds of ownership, source-list orders), through i18n.
 * One literal key per code, so the locale check sees each key used and TypeScript sees each code covered.
 */
const REGION_NAMES: Readonly<Record<RegionId, () => string>> = {
  'north-america': () => i18n.t('labels.region.northAmerica'),
  europe: () => i18n.t('labels.region.europe'),
  'middle-east': () => i18n.t('labels.region.middleEast'),
  africa: () => i18n.t('labels.region.africa'),
  'south-asia': () => i18n.t('labels.region.southAsia'),
  'east-asia': () => i18n.t('labels.region.eastAsia'),
  'southeast-asia': () => i18n.t('labels.region.southeastAsia'),
  oceania: () => i18n.t('labels.region.oceania'),
  'latin-america': () => i18n.t('labels.region.latinAmerica'),
};

const OWNERSHIP_NAMES: Readonly<Record<Ownership, () => string>> = {
  'public-broadcaster': () => i18n.t('labels.ownership.publicBroadcaster'),
  state: () => i18n.t('labels.ownership.state'),
  private: () => i18n.t('labels.ownership.private'),
  'wire-agency': () => i18n.t('labels.ownership.wireAgency'),
  nonprofit: () => i18n.t('labels.ownership.nonprofit'),
};

const SORT_NAMES: Readonly<Record<SourceSort, () => string>> = {
  newest: () => i18n.t('labels.sort.newest'),
  name: () => i18n.t('labels.sort.name'),
  failure: () => i18n.t('labels.sort.failure'),
  oldest: () => i18n.t('labels.sort.oldest'),
};

/** A region's name ("East Asia"). */
export const regionName = (id: RegionId): string => REGION_NAMES[id]();

/** A kind of ownership, as the options page shows it ("State-owned or state-funded"). */
export const ownershipName = (ownership: Ownership): string => OWNERSHIP_NAMES[ownership]();

/** An order of the source list ("Newest added first"). */
export const sortName = (sort: SourceSort): string => SORT_NAMES[sort]();

const UNKNOWN_NAMES: Readonly<Record<Extract<CoverageGroup, { kind: 'unknown' }>['of'], () => string>> = {
  country: () => i18n.t('coverage.unknownCountry'),
  region: () => i18n.t('coverage.unknownRegion'),
  ownership: () => i18n.t('coverage.unknownOwnership'),
};

/** A group Coverage counts or names ("China", "East Asia", "Wire agency", "Unknown country", a source's title). */
export function coverageGroupName(group: CoverageGroup): string {
  switch (group.kind) {
    case 'region':
      return regionName(group.id);
    case 'ownership':
      return ownershipName(group.id);
    case 'unknown':
      return UNKNOWN_NAMES[group.of]();
    default:
      return group.name;
  }
}
