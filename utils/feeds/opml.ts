/**
 * OPML, the file feed readers exchange subscription lists in: read one (nested folders, any reader's
 * spelling of the attributes) and write one that reads back to the same sources.
 */
import { XMLBuilder, XMLParser, XMLValidator } from 'fast-xml-parser';
import { parseFeedUrl } from '../sources/feed-url';
import { normalizeUrl } from './normalize-url';
import { XML_ENTITY_LIMITS } from './xml-entity-limits';
import { said, SaidError, type Said } from '../said';

/** A feed listed in an OPML file. */
export interface OpmlFeed {
  /** The feed's address (http or https). */
  url: string;
  /** Its title in the file; the address's host when the file gives none. */
  title: string;
  /** The website it belongs to, when the file says (`htmlUrl`). */
  homepage: string | null;
}

/** An outline that names a feed Sidelight cannot use, and why. */
export interface OpmlProblem {
  title: string;
  url: string;
  reason: Said;
}

/** What an OPML file holds. */
export interface OpmlContents {
  /** The file's own title (`<head><title>`), or empty. */
  title: string;
  /** Usable feeds, in file order, each once. */
  feeds: OpmlFeed[];
  /** Feeds listed again later in the file (skipped). */
  duplicates: OpmlFeed[];
  /** Outlines whose address is not a usable web address. */
  invalid: OpmlProblem[];
}

/** Thrown when a file is not OPML at all; `said` tells the reader why. */
export class OpmlError extends SaidError {
  constructor(what: Said) {
    super(what);
    this.name = 'OpmlError';
  }
}

/** Subscription lists are small; a bigger "OPML" file is something else. */
export const MAX_OPML_CHARS = 5 * 1024 * 1024;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) => name === 'outline',
  processEntities: XML_ENTITY_LIMITS,
  htmlEntities: true,
  maxNestedTags: 200,
});

type Node = Record<string, unknown>;

/** An attribute, whatever case the writing program used (`xmlUrl`, `xmlurl`, `XMLURL`). */
function attribute(node: Node, name: string): string {
  const wanted = `@_${name}`.toLowerCase();
  for (const [key, value] of Object.entries(node)) {
    if (key.toLowerCase() === wanted && typeof value === 'string') return value.trim();
  }
  return '';
}

function outlinesOf(node: unknown): Node[] {
  if (typeof node !== 'object' || node === null) return [];
  const outlines = (node as Node).outline;
  return Array.isArray(outlines) ? outlines.filter((o): o is Node => typeof o === 'object' && o !== null) : [];
}

/** The key two addresses of one feed share (scheme, case, trailing slash and tracking parameters ignored). */
export function feedKey(url: string): string {
  return normalizeUrl(url);
}

/**
 * Reads an OPML file. Folders (outlines inside outlines) are walked to any depth; every outline with an
 * `xmlUrl` is a feed. A feed listed twice is kept once.
 *
 * @throws OpmlError when the text is not well-formed XML or not an OPML document.
 */
export function parseOpml(text: string): OpmlContents {
  if (text.length > MAX_OPML_CHARS)
    throw new OpmlError(said('opml.tooLarge', { megabytes: MAX_OPML_CHARS / 1024 / 1024 }));
  const body = text.replace(/^\uFEFF/, '');
  const valid = XMLValidator.validate(body);
  if (valid !== true) {
    const { msg, line, col } = valid.err;
    throw new OpmlError(said('opml.invalid', { problem: msg.replace(/\.$/, ''), line, column: col }));
  }
  let doc: Node;
  try {
    doc = parser.parse(body) as Node;
  } catch {
    // The validator passes some unfinished documents ("<A/") that the parser then refuses, in its own jargon.
    throw new OpmlError(said('opml.unreadable'));
  }
  const opml = Object.entries(doc).find(([name]) => name.toLowerCase() === 'opml')?.[1] as Node | undefined;
  if (!opml || typeof opml !== 'object') throw new OpmlError(said('opml.notOpml'));
  const head = opml.head as Node | undefined;
  const title = typeof head?.title === 'string' ? head.title : '';

  const contents: OpmlContents = { title, feeds: [], duplicates: [], invalid: [] };
  const seen = new Set<string>();
  const walk = (outlines: Node[], depth: number) => {
    for (const outline of outlines) {
      const xmlUrl = attribute(outline, 'xmlUrl');
      const name = attribute(outline, 'title') || attribute(outline, 'text');
      if (xmlUrl) {
        const parsed = parseFeedUrl(xmlUrl);
        if (!parsed.ok) contents.invalid.push({ title: name || xmlUrl, url: xmlUrl, reason: parsed.error });
        else {
          const homepage = parseFeedUrl(attribute(outline, 'htmlUrl'));
          const feed = {
            url: parsed.url,
            title: name || new URL(parsed.url).hostname,
            homepage: homepage.ok ? homepage.url : null,
          };
          const key = feedKey(parsed.url);
          if (seen.has(key)) contents.duplicates.push(feed);
          else {
            seen.add(key);
            contents.feeds.push(feed);
          }
        }
      }
      if (depth < 50) walk(outlinesOf(outline), depth + 1);
    }
  };
  walk(outlinesOf(opml.body), 0);
  return contents;
}

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  format: true,
  suppressEmptyNode: true,
});

/**
 * Writes sources as an OPML 2.0 file (one flat list) that `parseOpml`, and other feed readers, read back.
 * Values are escaped by the builder, so titles with `&`, `<` or quotes survive.
 */
export function serializeOpml(feeds: readonly OpmlFeed[], options: { title?: string; now?: number } = {}): string {
  const outline = feeds.map((feed) => ({
    '@_type': 'rss',
    '@_text': feed.title,
    '@_title': feed.title,
    '@_xmlUrl': feed.url,
    ...(feed.homepage ? { '@_htmlUrl': feed.homepage } : {}),
  }));
  return builder.build({
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    opml: {
      '@_version': '2.0',
      head: {
        // The options page passes its own title from the locale file; this is for scripts and tests.
        title: options.title ?? 'Sidelight sources',
        dateCreated: new Date(options.now ?? Date.now()).toUTCString(),
      },
      body: { outline },
    },
  }) as string;
}
