/** Longest error message kept. */
export const MAX_ERROR_CHARS = 300;

/**
 * The one error `parseFeed` throws. Its message is a sentence a user can read on the options page
 * ("not a feed: the server sent an HTML page"), so callers show it as is.
 */
export class FeedParseError extends Error {
  constructor(message: string) {
    // Parts of a message can come from the feed (a parser's quote of the bad markup); the sentence is stored
    // with the source and shown on every poll of the options page, so it stays a sentence.
    super(
      message.length > MAX_ERROR_CHARS
        ? `${message.slice(0, MAX_ERROR_CHARS - 1).replace(/[\uD800-\uDBFF]$/, '')}…`
        : message,
    );
    this.name = 'FeedParseError';
  }
}
