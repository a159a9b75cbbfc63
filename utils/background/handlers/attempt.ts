import type { Result } from '../../messages';
import type { Failure } from '../../result';
import { said, saidOf, type Action } from '../../said';
import { workerStorageFullLog } from '../storage-full-log';

/**
 * Runs a handler body, turning any throw into what the views word as "Sidelight could not <action> (<why>)." (or,
 * for a write refused for lack of space, what happened, that nothing was lost, and what to do): every reply is a
 * Result.
 */
export async function attempt<T>(what: Action, body: () => Promise<T>): Promise<Result<T>> {
  try {
    return { ok: true, value: await body() };
  } catch (error) {
    console.error(`Sidelight: ${what} failed`, error);
    // Each change is one transaction, so a refused write left nothing half-done; the options page says so too.
    if (await workerStorageFullLog.note(error, 'change'))
      return { ok: false, error: said('couldNotStorageFull', { action: what }) };
    return { ok: false, error: said('couldNot', { action: what, detail: saidOf(error) }) };
  }
}

/** The shape of `attempt`, for handler groups that receive it. */
export type Attempt = typeof attempt;

/** A change refused, with why (a feed that is not a feed, a source that is gone). */
export type Refusal = Failure;

function isRefusal(value: unknown): value is Refusal {
  return typeof value === 'object' && value !== null && (value as { ok?: unknown }).ok === false;
}

/**
 * Runs a change whose answer is its fresh view: a throw, the change's own refusal, or a view that cannot be read
 * back (undefined) each become a Failure. `done` says what happened before the read-back (the feed was added).
 */
export async function attemptChange<V>(
  what: Action,
  done: 'feedAdded' | 'outletSaved',
  body: () => Promise<Refusal | V | undefined>,
): Promise<Result<V>> {
  const result = await attempt(what, body);
  if (!result.ok) return result;
  const value = result.value;
  if (value === undefined) return { ok: false, error: said('notReadBack', { done }) };
  if (isRefusal(value)) return { ok: false, error: value.error };
  return { ok: true, value };
}
