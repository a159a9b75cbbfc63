/**
 * The one shape of "it worked, or here is why not". Every message reply is a {@link Result}; helpers
 * whose success carries several named fields (a source and how many stories it brought) are an
 * {@link Outcome}. Both fail the same way, so a failure passes from one to the other unchanged.
 */

import type { Said } from './said';

/** Why something could not be done, as a code the views word for the reader (utils/said.ts). */
export type Failure = { ok: false; error: Said };

/** A value, or why there is none; serialisable, so it crosses the message boundary as it is. */
export type Result<T> = { ok: true; value: T } | Failure;

/** Success with its own named fields (`{ ok: true, source, added }`), or why not. */
export type Outcome<Fields extends object> = ({ ok: true } & Fields) | Failure;
