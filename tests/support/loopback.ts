/**
 * What the e2e test servers share: listening on a free port of 127.0.0.1 (never the internet), closing without
 * waiting for open connections, answering uncached, and escaping text that goes into served markup.
 */
import type { Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A server listening on loopback. */
export interface Listening {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  origin: string;
  /** Stops listening and drops every open connection (keep-alive, or a request left unanswered on purpose). */
  close(): Promise<void>;
}

/** Starts `server` on a free port of 127.0.0.1. */
export async function listenOnLoopback(server: Server): Promise<Listening> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // close() alone waits for keep-alive and pending connections; drop them so nothing lingers.
        server.closeAllConnections();
      }),
  };
}

/** Answers with `body` (none for a HEAD request); nothing may be cached, as dates in fixtures change per request. */
export function send(
  response: ServerResponse,
  status: number,
  type: string,
  body: string | Buffer,
  headOnly = false,
): void {
  response.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
  response.end(headOnly ? undefined : body);
}

/** Text made safe to place in HTML or XML, as text or in an attribute. */
export const escapeMarkup = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
