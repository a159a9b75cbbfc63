/**
 * When each source is next fetched. A working feed is fetched every interval; one that fails is retried at
 * the next interval, then twice, four times… as far apart, up to a day, so a dead feed costs little. One
 * success resets it.
 */
import type { SourceHealth } from '../types';

/** A failing source is still tried at least once a day. */
export const MAX_BACKOFF_MS = 24 * 3600_000;

/** The time between a source's last fetch and its next one, given its failures in a row. */
export function refreshDelayMs(consecutiveFailures: number, intervalMs: number): number {
  if (consecutiveFailures <= 1) return intervalMs;
  // 2 ** 30 already dwarfs any cap; the exponent is bounded so the arithmetic stays finite.
  const backedOff = intervalMs * 2 ** Math.min(consecutiveFailures - 1, 30);
  return Math.min(backedOff, Math.max(MAX_BACKOFF_MS, intervalMs));
}

/** When a source is next due (epoch ms), or null when it was never fetched (due now). */
export function nextDueAt(
  health: Pick<SourceHealth, 'lastFetchedAt' | 'consecutiveFailures'>,
  intervalMs: number,
): number | null {
  if (health.lastFetchedAt === null) return null;
  return health.lastFetchedAt + refreshDelayMs(health.consecutiveFailures, intervalMs);
}

/**
 * Whether a source is due at `now`. The alarm fires once per interval, and a source fetched late in the
 * previous run would otherwise miss the next tick by seconds and wait a whole interval more; a quarter of
 * the interval of slack keeps it on schedule.
 */
export function isDue(
  health: Pick<SourceHealth, 'lastFetchedAt' | 'consecutiveFailures'>,
  now: number,
  intervalMs: number,
): boolean {
  const due = nextDueAt(health, intervalMs);
  return due === null || due - intervalMs / 4 <= now;
}
