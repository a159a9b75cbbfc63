/** The fragment that opens the options page on its welcome step. */
export const WELCOME_HASH = '#welcome';

/** The options page on its welcome step, relative to the extension root. */
export const WELCOME_PAGE = `/options.html${WELCOME_HASH}` as const;

/** Whether a location hash asks for the welcome step. */
export function isWelcomeHash(hash: string): boolean {
  return hash === WELCOME_HASH;
}
