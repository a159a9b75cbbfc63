import type { Said } from '../said';
import type { SearchProviderId } from './providers';

/** What one provider's part of a search did, in a form the popup shows as it is. */
export type ProviderOutcome =
  | { provider: SearchProviderId; name: string; host: string; ok: true; found: number; added: number }
  | {
      provider: SearchProviderId;
      name: string;
      host: string;
      ok: false;
      /** What went wrong and what to do. */
      error: Said;
      /** The provider asked Sidelight to slow down (HTTP 429), or a back-off from an earlier 429 still lasts. */
      slowDown: boolean;
    };

/** What "Find more coverage" did: the exact query sent, and each provider's outcome. */
export interface SearchOutcome {
  query: string;
  results: ProviderOutcome[];
}
