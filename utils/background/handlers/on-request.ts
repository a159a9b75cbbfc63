/**
 * Every message the worker answers goes through `onRequest`: who sent it is checked first, then what it
 * carries (requests.ts). Content scripts run inside web pages, so a compromised renderer can speak for them;
 * they may ask only for what they need (their own tab's context, the sidebar in their tab, the options page).
 * Everything else — another tab's article, sources, settings, search — must come from one of Sidelight's own
 * pages. Pages are told apart by `sender.url`, which the browser sets and a page cannot forge, never by
 * `sender.tab`: the popup opened as a tab (`popup.html?tabId=N`, as the e2e suite does) has a tab too.
 */
import { browser } from 'wxt/browser';
import { onMessage, type ProtocolMap } from '../../messages';
import { validateRequest, type RequestData } from './requests';
import { said, type Said } from '../../said';

/** Messages a content script may send; the rest are for extension pages only. */
export const CONTENT_SCRIPT_MESSAGES: ReadonlySet<keyof ProtocolMap> = new Set<keyof ProtocolMap>([
  'getOwnTabContext',
  'showSidebarHere',
  'openOptions',
]);

/** The parts of a message's sender these checks read. */
export interface RequestSender {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

/** Who sent a message: one of Sidelight's own pages, a content script in a web page, or neither. */
export type Caller = 'extension-page' | 'content-script' | 'unknown';

/** Tells Sidelight's own pages (their URL is under `extensionBase`, e.g. "chrome-extension://<id>/") from content scripts. */
export function callerOf(sender: RequestSender, extensionBase: string): Caller {
  if (typeof sender.url === 'string' && sender.url.startsWith(extensionBase)) return 'extension-page';
  if (sender.tab !== undefined) return 'content-script';
  return 'unknown';
}

/** Whether this caller may send this message; null when it may, else the refusal. */
export function refusalFor(type: keyof ProtocolMap, caller: Caller): Said | null {
  if (caller === 'extension-page') return null;
  if (caller === 'content-script' && CONTENT_SCRIPT_MESSAGES.has(type)) return null;
  return said('request.fromPage');
}

/** A handler's reply type: every reply is a Result. */
type Reply<K extends keyof ProtocolMap> = ReturnType<ProtocolMap[K]>;

/**
 * Registers the handler of a message behind the sender check and the payload's schema: a refused or malformed
 * request is answered with a sentence and never reaches the handler.
 */
export function onRequest<K extends keyof ProtocolMap>(
  type: K,
  handler: (request: { data: RequestData<K>; sender: RequestSender }) => Promise<Reply<K>> | Reply<K>,
): void {
  const extensionBase = browser.runtime.getURL('/');
  onMessage(type, async (message) => {
    const sender = message.sender as RequestSender;
    const refused = refusalFor(type, callerOf(sender, extensionBase));
    if (refused) {
      console.warn(`Sidelight: refused "${type}" from ${sender.url ?? 'an unknown sender'}`);
      return { ok: false, error: refused } as Reply<K>;
    }
    const checked = validateRequest(type, message.data);
    if (!checked.ok) return { ok: false, error: checked.error } as Reply<K>;
    return handler({ data: checked.value, sender });
  });
}
