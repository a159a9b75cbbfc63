/**
 * A story's link, kept in its record as the difference from its id. The store keys a story by its normalised
 * link, so the link is the id itself or differs in a few places: "http" for "https", a trailing slash, a
 * tracking parameter. Kept as what it shares with the id plus what differs, a real feed link costs about three
 * bytes (one when it is the id), where a pointer to the story's own string in a JS array would cost eight.
 *
 * Layout: varint 0 (no link), 1 (the id), 2 (the id with "http://" for "https://"), or 3 + 2 · (id characters
 * after the start the link shares) + (1 when "http://" stands for the id's "https://"), then varint length of
 * the end it shares and the differing middle as a string. Tracking parameters and slashes come at the end, so
 * the count after the shared start is small where the start itself would be long.
 */
import type { ByteBuilder, ByteReader } from './varint';

const SECURE = 'https://';
const PLAIN = 'http://';

/** Appends the link of the story with this id. */
export function writeLink(out: ByteBuilder, id: string, url: string | null): void {
  const plain = url !== null && url.startsWith(PLAIN) && id.startsWith(SECURE);
  const link = plain ? SECURE + url.slice(PLAIN.length) : url;
  if (link === null || link === id) {
    out.varint(link === null ? 0 : plain ? 2 : 1);
    return;
  }
  let start = 0;
  while (start < id.length && start < link.length && id.charCodeAt(start) === link.charCodeAt(start)) start++;
  let end = 0;
  const most = Math.min(id.length, link.length) - start;
  while (end < most && id.charCodeAt(id.length - 1 - end) === link.charCodeAt(link.length - 1 - end)) end++;
  out.varint(3 + 2 * (id.length - start) + (plain ? 1 : 0));
  out.varint(end);
  out.string(link.slice(start, link.length - end));
}

/** Reads the link {@link writeLink} wrote for the story with this id. */
export function readLink(r: ByteReader, id: string): string | null {
  const kind = r.varint();
  if (kind < 3) return kind === 0 ? null : kind === 1 ? id : PLAIN + id.slice(SECURE.length);
  const start = id.length - Math.floor((kind - 3) / 2);
  const end = r.varint();
  const link = id.slice(0, start) + r.string() + id.slice(id.length - end);
  return (kind - 3) % 2 === 1 ? PLAIN + link.slice(SECURE.length) : link;
}

/** Moves past a link. */
export function skipLink(r: ByteReader): void {
  if (r.varint() < 3) return;
  r.varint();
  r.string();
}
