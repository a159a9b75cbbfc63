/**
 * The "Find more coverage" settings: off by default; which providers; and the language and region of the
 * Google News edition searched (the browser's language unless the user overrides it).
 */
import { SEARCH_PROVIDERS, type SearchProviderId } from './providers';

/** What the user chose for live search. */
export interface LiveSearchSettings {
  /** Master switch. Nothing is ever sent while it is off. */
  enabled: boolean;
  /** Which services a search asks. */
  providers: Record<SearchProviderId, boolean>;
  /** Language and region for Google News as a BCP 47 tag ("en-GB"); null follows the browser's language. */
  locale: string | null;
}

/** Fresh install: off, both providers ticked for when the user turns it on, the browser's language. */
export const DEFAULT_LIVE_SEARCH: LiveSearchSettings = {
  enabled: false,
  providers: { googleNews: true, gdelt: true },
  locale: null,
};

/**
 * The settings in effect for a stored value of any shape: fields that are missing or of the wrong type take
 * their defaults, so a damaged or older value never turns search on by itself and never loses what is valid.
 */
export function liveSearchWithDefaults(stored: unknown): LiveSearchSettings {
  const value = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  const providersIn =
    typeof value.providers === 'object' && value.providers !== null ? (value.providers as Record<string, unknown>) : {};
  const providers = { ...DEFAULT_LIVE_SEARCH.providers };
  for (const id of SEARCH_PROVIDERS) {
    const flag = providersIn[id];
    if (typeof flag === 'boolean') providers[id] = flag;
  }
  return {
    enabled: value.enabled === true,
    providers,
    locale: typeof value.locale === 'string' ? normalizeLocale(value.locale) : null,
  };
}

/** The providers a search asks now: none while search is off. */
export function activeProviders(settings: LiveSearchSettings): SearchProviderId[] {
  return settings.enabled ? SEARCH_PROVIDERS.filter((id) => settings.providers[id]) : [];
}

/** A language tag in canonical form ("en-gb" → "en-GB"), or null when it is not one. */
export function normalizeLocale(input: string): string | null {
  const trimmed = input.trim().replace(/_/g, '-');
  if (trimmed === '') return null;
  try {
    return Intl.getCanonicalLocales(trimmed)[0] ?? null;
  } catch {
    return null;
  }
}

/** The `hl`, `gl` and `ceid` parameters that choose a Google News edition. */
export interface GoogleNewsEdition {
  /** Interface language ("en-GB", "fr", "es-419"). */
  hl: string;
  /** Country ("GB"). */
  gl: string;
  /** Country and language of the edition ("GB:en"). */
  ceid: string;
}

/** The country a bare language most likely means, where it is not simply the language code in capitals. */
const HOME_REGION: Record<string, string> = {
  en: 'US',
  ja: 'JP',
  ko: 'KR',
  zh: 'CN',
  sv: 'SE',
  da: 'DK',
  uk: 'UA',
  cs: 'CZ',
  el: 'GR',
  he: 'IL',
  hi: 'IN',
  ar: 'EG',
  nb: 'NO',
  nn: 'NO',
  vi: 'VN',
  ms: 'MY',
  fa: 'IR',
  bn: 'BD',
  ta: 'IN',
  te: 'IN',
  mr: 'IN',
  ur: 'PK',
  sr: 'RS',
  sl: 'SI',
  et: 'EE',
  ca: 'ES',
  sw: 'KE',
  fil: 'PH',
};

/** Chinese editions are named by script. */
const CHINESE_SCRIPT: Record<string, string> = {
  CN: 'zh-Hans',
  SG: 'zh-Hans',
  TW: 'zh-Hant',
  HK: 'zh-Hant',
  MO: 'zh-Hant',
};

/**
 * The Google News edition for a language tag, the way news.google.com names its editions: "en-GB" →
 * hl=en-GB, gl=GB, ceid=GB:en; "fr" → hl=fr, gl=FR, ceid=FR:fr; "es-MX" → hl=es-419, gl=MX, ceid=MX:es-419;
 * "zh-TW" → ceid=TW:zh-Hant. An unreadable tag gives the US English edition.
 */
export function googleNewsEdition(locale: string): GoogleNewsEdition {
  let language = 'en';
  let region: string | undefined;
  try {
    const parsed = new Intl.Locale(locale);
    language = parsed.language;
    region = parsed.region;
  } catch {
    // keep the defaults
  }
  const home = HOME_REGION[language] ?? language.toUpperCase();
  const gl = region && /^[A-Z]{2}$/.test(region) ? region : home;
  if (language === 'en') return { hl: `en-${gl}`, gl, ceid: `${gl}:en` };
  if (language === 'zh') return { hl: `zh-${gl}`, gl, ceid: `${gl}:${CHINESE_SCRIPT[gl] ?? 'zh-Hans'}` };
  if (language === 'es' && gl !== 'ES') return { hl: 'es-419', gl, ceid: `${gl}:es-419` };
  if (language === 'pt') {
    const variant = gl === 'BR' ? 'pt-419' : 'pt-150';
    return { hl: `pt-${gl}`, gl, ceid: `${gl}:${variant}` };
  }
  return { hl: gl === home ? language : `${language}-${gl}`, gl, ceid: `${gl}:${language}` };
}
