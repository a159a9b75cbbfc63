/**
 * The one error `parseFeed` throws. Its message is a sentence a user can read on the options page
 * ("not a feed: the server sent an HTML page"), so callers show it as is.
 */
export class FeedParseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FeedParseError';
  }
}
