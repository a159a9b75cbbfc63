import type { Result } from '../../messages';
import { STORAGE_FULL_REASON } from '../../store/quota';
import { workerStorageFullLog } from '../storage-full-log';

/** What a change refused for lack of space says: what happened, that nothing was lost, and what to do. */
export const storageFullSentence = (what: string) =>
  `Sidelight could not ${what}: ${STORAGE_FULL_REASON}. Nothing already stored was lost. Remove sources you no longer read, or keep stories for fewer days under Settings, then try again.`;

/** Runs a handler body, turning any throw into an error sentence: every reply is a Result. */
export async function attempt<T>(what: string, body: () => Promise<T>): Promise<Result<T>> {
  try {
    return { ok: true, value: await body() };
  } catch (error) {
    console.error(`Sidelight: ${what} failed`, error);
    // Each change is one transaction, so a refused write left nothing half-done; the options page says so too.
    if (await workerStorageFullLog.note(error, 'change')) return { ok: false, error: storageFullSentence(what) };
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, error: `Sidelight could not ${what} (${detail}).` };
  }
}

/** The shape of `attempt`, for handler groups that receive it. */
export type Attempt = typeof attempt;

/** A change refused in words (a feed that is not a feed, a source that is gone). */
export type Refusal = { ok: false; error: string };

function isRefusal(value: unknown): value is Refusal {
  return typeof value === 'object' && value !== null && (value as { ok?: unknown }).ok === false;
}

/**
 * Runs a change whose answer is its fresh view: a throw, the change's own refusal, or a view that cannot be read
 * back (undefined) each become one sentence. `done` says what happened before the read-back ("The feed was added").
 */
export async function attemptChange<V>(
  what: string,
  done: string,
  body: () => Promise<Refusal | V | undefined>,
): Promise<Result<V>> {
  const result = await attempt(what, body);
  if (!result.ok) return result;
  const value = result.value;
  if (value === undefined) return { ok: false, error: `${done} but could not be read back. Reload this page.` };
  if (isRefusal(value)) return { ok: false, error: value.error };
  return { ok: true, value };
}
