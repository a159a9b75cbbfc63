import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_BACKOFF_MS,
  memoryRateLimitStore,
  RateLimiter,
  slowDownMessage,
  type Permit,
  type RateLimitStore,
} from './rate-limit';
import { say } from '../../components/said';

const start = Date.UTC(2026, 10, 25, 12);

/** Whether a promise has settled after the timers run up to now. */
async function settled<T>(promise: Promise<T>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await vi.advanceTimersByTimeAsync(0);
  return done;
}

describe('RateLimiter', () => {
  let store: RateLimitStore;
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(start);
    store = memoryRateLimitStore();
  });
  afterEach(() => vi.useRealTimers());

  it('lets the first GDELT request go at once and holds the next until 5 s have passed', async () => {
    const limiter = new RateLimiter(store);
    expect(await limiter.acquire('gdelt')).toEqual({ ok: true });
    const second = limiter.acquire('gdelt');
    expect(await settled(second)).toBe(false);
    await vi.advanceTimersByTimeAsync(4_999);
    expect(await settled(second)).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await second).toEqual({ ok: true });
    expect((await store.read('gdelt'))?.lastRequestAt).toBe(start + 5_000);
  });

  it('spaces requests that arrive together one interval apart', async () => {
    const limiter = new RateLimiter(store);
    const times: number[] = [];
    const all = [1, 2, 3].map(() => limiter.acquire('gdelt').then(() => times.push(Date.now())));
    await vi.advanceTimersByTimeAsync(10_000);
    await Promise.all(all);
    expect(times).toEqual([start, start + 5_000, start + 10_000]);
  });

  it('keeps providers apart: Google News does not wait for GDELT', async () => {
    const limiter = new RateLimiter(store);
    await limiter.acquire('gdelt');
    expect(await settled(limiter.acquire('googleNews'))).toBe(true);
  });

  it('remembers the last request across a worker restart (a new limiter on the same store)', async () => {
    await new RateLimiter(store).acquire('gdelt');
    await vi.advanceTimersByTimeAsync(3_000);
    const afterRestart = new RateLimiter(store).acquire('gdelt');
    await vi.advanceTimersByTimeAsync(1_999);
    expect(await settled(afterRestart)).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await afterRestart).toEqual({ ok: true });
  });

  it('after a 429 refuses until the back-off ends, across restarts, and doubles it when 429s repeat', async () => {
    const limiter = new RateLimiter(store);
    await limiter.acquire('gdelt');
    const until = await limiter.tooManyRequests('gdelt', null);
    expect(until).toBe(start + DEFAULT_BACKOFF_MS);
    expect(await new RateLimiter(store).acquire('gdelt')).toEqual<Permit>({ ok: false, retryAt: until });

    await vi.advanceTimersByTimeAsync(DEFAULT_BACKOFF_MS);
    expect(await limiter.acquire('gdelt')).toEqual({ ok: true });
    const again = await limiter.tooManyRequests('gdelt', null);
    expect(again - Date.now()).toBe(2 * DEFAULT_BACKOFF_MS);

    await vi.advanceTimersByTimeAsync(2 * DEFAULT_BACKOFF_MS);
    await limiter.acquire('gdelt');
    await limiter.succeeded('gdelt');
    await vi.advanceTimersByTimeAsync(5_000);
    await limiter.acquire('gdelt');
    expect((await limiter.tooManyRequests('gdelt', null)) - Date.now()).toBe(DEFAULT_BACKOFF_MS);
  });

  it('follows Retry-After when the server gives one', async () => {
    const limiter = new RateLimiter(store);
    expect((await limiter.tooManyRequests('googleNews', 120_000)) - start).toBe(120_000);
  });

  it('never waits longer than the interval when the clock was set back', async () => {
    await store.write('gdelt', { lastRequestAt: start + 3_600_000, blockedUntil: 0, strikes: 0 });
    const permit = new RateLimiter(store).acquire('gdelt');
    await vi.advanceTimersByTimeAsync(5_000);
    expect(await permit).toEqual({ ok: true });
  });
});

describe('slowDownMessage', () => {
  it('says who asked and when to try again, in words', () => {
    expect(say(slowDownMessage('gdelt', start + 60_000, start))).toBe(
      'GDELT asked us to slow down; try again in a minute.',
    );
    expect(say(slowDownMessage('gdelt', start + 5_000, start))).toBe(
      'GDELT asked us to slow down; try again in a minute.',
    );
    expect(say(slowDownMessage('googleNews', start + 4 * 60_000 + 1, start))).toBe(
      'Google News asked us to slow down; try again in 5 minutes.',
    );
  });
});
