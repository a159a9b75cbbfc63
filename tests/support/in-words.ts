import { say } from '../../components/said';
import { isSaid } from '../../utils/said';

/**
 * A value with every code utils/ returned (utils/said.ts) replaced by the English the reader sees, so a test
 * asserts the words: `expect(inWords(result)).toEqual({ ok: false, error: 'Could not add this feed: …' })`.
 */
export function inWords(value: unknown): unknown {
  if (isSaid(value)) return say(value);
  if (Array.isArray(value)) return value.map(inWords);
  if (typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, inWords(v)]));
  return value;
}

/** What a thrown error says, in words: its code worded, or its message. */
export function thrownWords(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    const said = (error as { said?: unknown }).said;
    return isSaid(said) ? say(said) : error instanceof Error ? error.message : String(error);
  }
  throw new Error('it did not throw');
}
