/**
 * Outlet facts a person sets by hand on the options page, for a pasted feed the catalogue does not know (or to
 * correct the catalogue's): country, ownership, state affiliation and, optionally, language. The region follows
 * from the country by the catalogue's own rule, so the coverage chart and blindspot line treat the source exactly
 * like a catalogue outlet from that country.
 */
import { countryByCode, regionOfCountry } from '../catalogue/country-region';
import { countryName, languageName } from '../catalogue/names';
import { isOwnership } from '../catalogue/regions';
import type { OutletFacts, Ownership } from '../types';
import type { Outcome } from '../result';
import { said } from '../said';

/**
 * The `catalogueId` of outlet facts set by hand: no catalogue outlet has this id (ids are slugs of outlet names),
 * and Sidelight never replaces facts that carry it with the catalogue's when the feed is added or refreshed.
 */
export const MANUAL_OUTLET_ID = 'manual';

/** The language tag stored when the person does not say (BCP 47 "undetermined"). */
export const UNDETERMINED_LANGUAGE = 'und';

/** What the options page sends to set a source's outlet facts. */
export interface OutletDetails {
  /** ISO 3166-1 alpha-2 code of the country the outlet is based in ("JP"). */
  country: string;
  ownership: Ownership;
  stateAffiliated: boolean;
  /** BCP 47 tag of the feed's language, or null when not given. */
  language: string | null;
}

/** The languages offered for an outlet: the catalogue's and the other big news languages. */
const LANGUAGE_TAGS = [
  'ar',
  'bn',
  'de',
  'el',
  'en',
  'es',
  'fa',
  'fr',
  'he',
  'hi',
  'id',
  'it',
  'ja',
  'ko',
  'ms',
  'nl',
  'pl',
  'pt',
  'ro',
  'ru',
  'sv',
  'sw',
  'th',
  'tr',
  'uk',
  'ur',
  'vi',
  'zh',
];
let languages: readonly { tag: string; name: string }[] | null = null;

/**
 * Languages offered for an outlet, by English name. Named on first use, not when the module loads: the worker
 * imports this module, and Intl's language names (ICU's data) cost a cold popup some 20 ms of the worker's start.
 */
export function languageChoices(): readonly { tag: string; name: string }[] {
  languages ??= LANGUAGE_TAGS.map((tag) => ({ tag, name: languageName(tag) })).sort((a, b) =>
    a.name.localeCompare(b.name, 'en'),
  );
  return languages;
}

const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

/** Whether these facts were set by hand rather than taken from the catalogue. */
export function isSetByHand(facts: OutletFacts | undefined): boolean {
  return facts?.catalogueId === MANUAL_OUTLET_ID;
}

/**
 * Checks what the options page sent and builds the facts to store, keeping the countries the outlet specialises
 * in from the facts it replaces (the form does not edit them). Errors are codes the options page words.
 */
export function outletFromDetails(details: unknown, previous?: OutletFacts): Outcome<{ outlet: OutletFacts }> {
  const d = (typeof details === 'object' && details !== null ? details : {}) as Partial<
    Record<keyof OutletDetails, unknown>
  >;
  const country = typeof d.country === 'string' ? countryByCode(d.country.trim().toUpperCase()) : undefined;
  if (!country) return { ok: false, error: said('outlet.chooseCountry') };
  const region = regionOfCountry(country.code);
  if (!region) return { ok: false, error: said('outlet.noRegion', { country: country.name }) };
  if (!isOwnership(d.ownership)) {
    return { ok: false, error: said('outlet.chooseOwnership') };
  }
  const language =
    d.language === null || d.language === undefined || d.language === '' ? UNDETERMINED_LANGUAGE : d.language;
  if (typeof language !== 'string' || !LANGUAGE_TAG.test(language))
    return { ok: false, error: said('outlet.chooseLanguage') };
  return {
    ok: true,
    outlet: {
      catalogueId: MANUAL_OUTLET_ID,
      country: country.code,
      region,
      language,
      ownership: d.ownership,
      stateAffiliated: d.stateAffiliated === true,
      focus: previous ? [...previous.focus] : [],
    },
  };
}

/** The facts a form starts from: the source's own, or empty for a source with none. */
export function detailsOf(facts: OutletFacts | undefined): {
  country: string;
  ownership: Ownership | '';
  stateAffiliated: boolean;
  language: string;
} {
  if (!facts) return { country: '', ownership: '', stateAffiliated: false, language: '' };
  return {
    country: countryByCode(facts.country)?.name ?? countryName(facts.country),
    ownership: isOwnership(facts.ownership) ? facts.ownership : '',
    stateAffiliated: facts.stateAffiliated,
    language: facts.language === UNDETERMINED_LANGUAGE ? '' : facts.language,
  };
}
