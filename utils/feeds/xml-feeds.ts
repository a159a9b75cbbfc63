/**
 * XML feeds: parse with fast-xml-parser (no DOMParser in a service worker), find the root, and hand
 * it to the RSS/RDF or Atom mapper.
 */
import { said } from '../said';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { ParsedFeed } from '../types';
import { mapAtom } from './atom-feed';
import { FeedParseError } from './feed-parse-error';
import { mapRss } from './rss-feed';
import type { XmlNode } from './xml-node';
import { XML_ENTITY_LIMITS } from './xml-entity-limits';

/**
 * Elements holding human text are kept as raw inner XML ("stop nodes"): parsing them as XML would
 * scramble inline XHTML and merge CDATA with text. `rawXmlToHtml` decodes them later.
 */
const TEXT_ELEMENTS = [
  'title',
  'description',
  'summary',
  'content',
  'content:encoded',
  'dc:title',
  'dc:description',
  'subtitle',
];

/** fast-xml-parser options for feeds: strings only, text elements kept raw, entity bombs bounded. */
export const FEED_XML_OPTIONS = {
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  // Keep every value a string: "2022" is a title, not a number.
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  stopNodes: TEXT_ELEMENTS.map((name) => `*.${name}`),
  processEntities: XML_ENTITY_LIMITS,
  htmlEntities: false,
  // Deeply nested junk is not a feed; the limit keeps the parser's stack small.
  maxNestedTags: 100,
} satisfies ConstructorParameters<typeof XMLParser>[0];

const parser = new XMLParser(FEED_XML_OPTIONS);

/** Why the XML is not well-formed, in one line with its position, or null when it is. */
function wellFormednessProblem(body: string): string | null {
  const result = XMLValidator.validate(body);
  if (result === true) return null;
  const { msg, line, col } = result.err;
  return `${msg.replace(/\s+/g, ' ').replace(/\.$/, '')} (line ${line}, column ${col})`;
}

function findRoot(doc: XmlNode): { kind: 'rss' | 'atom' | 'html'; node: XmlNode } | null {
  for (const [name, value] of Object.entries(doc)) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) continue;
    const node = value as XmlNode;
    const local = name.slice(name.indexOf(':') + 1);
    if (name === 'rss' || local === 'RDF') return { kind: 'rss', node };
    if (local === 'feed') return { kind: 'atom', node };
    if (name.toLowerCase() === 'html') return { kind: 'html', node };
  }
  return null;
}

/**
 * Parses an XML feed (RSS 0.9x/1.0/2.0 or Atom). fast-xml-parser is lenient, which real feeds need
 * (a stray "&" is common); only when leniency yields nothing is the document reported as broken.
 */
export function parseXmlFeed(body: string, feedUrl: string, maxItems: number): ParsedFeed {
  let doc: XmlNode;
  try {
    doc = parser.parse(body) as XmlNode;
  } catch (error) {
    const problem = wellFormednessProblem(body);
    if (problem) throw new FeedParseError(said('feed.notWellFormed', { problem }));
    // Well-formed but refused by the parser's safety limits (entity declarations, nesting depth).
    throw new FeedParseError(
      said('feed.unreadable', { detail: error instanceof Error ? error.message : String(error) }),
    );
  }
  const root = findRoot(doc);
  if (root?.kind === 'html') throw new FeedParseError(said('feed.html'));
  if (!root) {
    const problem = wellFormednessProblem(body);
    if (problem) throw new FeedParseError(said('feed.notWellFormed', { problem }));
    throw new FeedParseError(said('feed.noRoot'));
  }
  const feed = root.kind === 'atom' ? mapAtom(root.node, feedUrl, maxItems) : mapRss(root.node, feedUrl, maxItems);
  if (feed.items.length === 0) {
    // An empty result from a broken document says more about the breakage than about the feed.
    const problem = wellFormednessProblem(body);
    if (problem) throw new FeedParseError(said('feed.notWellFormed', { problem }));
  }
  return feed;
}
