/** What the views need to show live search: the settings, where each provider's query goes, the edition. */
import {
  DEFAULT_ENDPOINTS,
  endpointHost,
  endpointOrigin,
  PROVIDER_NAMES,
  SEARCH_PROVIDERS,
  type SearchProviderId,
} from './providers';
import { googleNewsEdition, type GoogleNewsEdition, type LiveSearchSettings } from './search-settings';

/** One provider as the options page and popup present it. */
export interface ProviderView {
  id: SearchProviderId;
  name: string;
  /** Where its queries go ("news.google.com"). */
  host: string;
  /** The host permission it needs ("https://news.google.com/*"), requested when the user turns it on. */
  permission: string;
}

/** Live search as the views see it. */
export interface LiveSearchView {
  settings: LiveSearchSettings;
  /** The browser's language, which `settings.locale === null` follows. */
  browserLocale: string;
  /** The Google News edition searched. */
  edition: GoogleNewsEdition;
  providers: ProviderView[];
}

/** Builds the view for settings and the endpoints in effect. */
export function liveSearchView(
  settings: LiveSearchSettings,
  browserLocale: string,
  endpoints: Readonly<Record<SearchProviderId, string>> = DEFAULT_ENDPOINTS,
): LiveSearchView {
  return {
    settings,
    browserLocale,
    edition: googleNewsEdition(settings.locale ?? browserLocale),
    providers: SEARCH_PROVIDERS.map((id) => ({
      id,
      name: PROVIDER_NAMES[id],
      host: endpointHost(endpoints[id]),
      permission: `${endpointOrigin(endpoints[id])}/*`,
    })),
  };
}
