/**
 * Per-provider rate limiting that survives the service worker dying: the time of the last request and any
 * "slow down" back-off are persisted (the store is injected: session storage in the extension, a map in tests).
 * GDELT asks for at most one request every 5 seconds; Google News publishes no limit, so Sidelight keeps a
 * polite 2 seconds between its searches. A 429 answer blocks the provider for Retry-After, else a minute,
 * doubling while 429s repeat.
 */
import { said, type Said } from '../said';
import { PROVIDER_NAMES, type SearchProviderId } from './providers';

/** What is remembered about one provider. */
export interface RateLimitState {
  /** When the last request was sent (epoch ms), or null. */
  lastRequestAt: number | null;
  /** No request before this moment (epoch ms): the provider said "slow down". 0 when not blocked. */
  blockedUntil: number;
  /** 429 answers in a row, for the back-off. */
  strikes: number;
}

/** Where states persist. */
export interface RateLimitStore {
  read(provider: SearchProviderId): Promise<RateLimitState | null>;
  write(provider: SearchProviderId, state: RateLimitState): Promise<void>;
}

/** Time, injectable for tests (fake timers drive the defaults too). */
export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

/** Least time between two requests to a provider. */
export const MIN_INTERVAL_MS: Readonly<Record<SearchProviderId, number>> = { googleNews: 2_000, gdelt: 5_000 };
/** Back-off after a 429 without Retry-After. */
export const DEFAULT_BACKOFF_MS = 60_000;
/** Longest back-off, whatever the server says. */
export const MAX_BACKOFF_MS = 30 * 60_000;

const EMPTY: RateLimitState = { lastRequestAt: null, blockedUntil: 0, strikes: 0 };
const realClock: Clock = { now: () => Date.now(), sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)) };

/** May a request go: yes (its time is recorded), or not before `retryAt`. */
export type Permit = { ok: true } | { ok: false; retryAt: number };

/** Spaces requests per provider and remembers back-offs; calls for one provider run one after another. */
export class RateLimiter {
  private readonly queues = new Map<SearchProviderId, Promise<unknown>>();

  constructor(
    private readonly store: RateLimitStore,
    private readonly clock: Clock = realClock,
  ) {}

  /**
   * Waits until the provider's interval since the last request has passed (at most that interval) and records
   * this request, or refuses while a back-off lasts.
   */
  acquire(provider: SearchProviderId): Promise<Permit> {
    return this.serial(provider, async () => {
      const state = (await this.store.read(provider)) ?? EMPTY;
      const now = this.clock.now();
      if (state.blockedUntil > now) return { ok: false, retryAt: state.blockedUntil };
      const interval = MIN_INTERVAL_MS[provider];
      // Clamped: a clock set back must not make anyone wait longer than the interval.
      const wait = state.lastRequestAt === null ? 0 : Math.min(interval, state.lastRequestAt + interval - now);
      if (wait > 0) await this.clock.sleep(wait);
      await this.store.write(provider, { ...state, lastRequestAt: this.clock.now() });
      return { ok: true };
    });
  }

  /** The provider answered 429: blocks it for Retry-After (or the back-off) and returns until when. */
  tooManyRequests(provider: SearchProviderId, retryAfterMs: number | null): Promise<number> {
    return this.serial(provider, async () => {
      const state = (await this.store.read(provider)) ?? EMPTY;
      const strikes = state.strikes + 1;
      const backoff = retryAfterMs ?? DEFAULT_BACKOFF_MS * 2 ** (strikes - 1);
      const blockedUntil = this.clock.now() + Math.min(MAX_BACKOFF_MS, Math.max(backoff, MIN_INTERVAL_MS[provider]));
      await this.store.write(provider, { ...state, strikes, blockedUntil });
      return blockedUntil;
    });
  }

  /** The provider answered normally: the back-off starts over next time. */
  succeeded(provider: SearchProviderId): Promise<void> {
    return this.serial(provider, async () => {
      const state = await this.store.read(provider);
      if (state && (state.strikes > 0 || state.blockedUntil > 0))
        await this.store.write(provider, { ...state, strikes: 0, blockedUntil: 0 });
    });
  }

  private serial<T>(provider: SearchProviderId, task: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(provider) ?? Promise.resolve();
    const next = previous.then(task, task);
    this.queues.set(
      provider,
      next.catch(() => undefined),
    );
    return next;
  }
}

/** "GDELT asked us to slow down; try again in a minute." (or "in 5 minutes"). */
export function slowDownMessage(provider: SearchProviderId, retryAt: number, now = Date.now()): Said {
  const minutes = Math.max(1, Math.ceil((retryAt - now) / 60_000));
  return said('search.slowDown', { name: PROVIDER_NAMES[provider], minutes });
}

/** A store in memory, for tests and for Node scripts. */
export function memoryRateLimitStore(): RateLimitStore {
  const states = new Map<SearchProviderId, RateLimitState>();
  return {
    read: async (provider) => states.get(provider) ?? null,
    write: async (provider, state) => void states.set(provider, state),
  };
}
