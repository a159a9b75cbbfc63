import { fakeBrowser } from 'wxt/testing';
import type { ProtocolMap } from '../../utils/messages';

/** Who sent a message: a content script's tab (no extension URL), or one of Sidelight's own pages (its URL). */
export interface FakeSender {
  url?: string;
  tab?: { id?: number };
}

/** The popup, as the worker sees it: a sender whose URL is one of the extension's own pages. */
export const EXTENSION_PAGE: FakeSender = { url: fakeBrowser.runtime.getURL('/popup.html') };

let nextId = 1;

/**
 * Delivers one protocol message to the handlers registered against WXT's fake browser, through the same
 * `runtime.onMessage` listener @webext-core/messaging installs in the worker, and returns the handler's reply.
 * Rejects when no handler took the message, and with the handler's own error when it threw past its Result.
 */
export async function deliver<K extends keyof ProtocolMap>(
  type: K,
  data?: Parameters<ProtocolMap[K]>[0],
  sender: FakeSender = EXTENSION_PAGE,
): Promise<ReturnType<ProtocolMap[K]>> {
  const message = { id: nextId++, type, data, timestamp: Date.now() };
  const reply = await new Promise<{ res?: unknown; err?: unknown }>((resolve, reject) => {
    // The messaging listener answers through sendResponse and returns true when a handler took the message.
    const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown[]>;
    trigger(message, sender, resolve).then((taken) => {
      if (!taken.includes(true)) reject(new Error(`no handler answered "${type}"`));
    }, reject);
  });
  if (reply.err !== undefined) throw new Error(`"${type}" threw past its Result: ${JSON.stringify(reply.err)}`);
  return reply.res as ReturnType<ProtocolMap[K]>;
}
