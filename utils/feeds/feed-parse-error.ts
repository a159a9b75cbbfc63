import { SaidError, type Said } from '../said';

/** Longest text kept in a parameter of a feed's error (a parser's quote of the bad markup). */
export const MAX_ERROR_CHARS = 300;

const clip = (text: string) =>
  text.length > MAX_ERROR_CHARS ? `${text.slice(0, MAX_ERROR_CHARS - 1).replace(/[\uD800-\uDBFF]$/, '')}…` : text;

/**
 * The one error `parseFeed` throws. It carries what to tell the reader ("not a feed: the server sent an HTML page")
 * as a code, so callers pass `said` on as it is.
 */
export class FeedParseError extends SaidError {
  constructor(what: Said) {
    // Parts of a reason can come from the feed (a parser's quote of the bad markup); the reason is stored with the
    // source and shown on every poll of the options page, so its words stay short.
    const params = Object.fromEntries(
      Object.entries(what.params).map(([k, v]) => [k, typeof v === 'string' ? clip(v) : v]),
    );
    super({ ...what, params } as Said);
    this.name = 'FeedParseError';
  }
}
