/**
 * fast-xml-parser's entity settings for every XML Sidelight reads (feeds and OPML): entity-expansion bombs
 * ("billion laughs") meet few, small, rarely expanded internal entities and a bounded total size. DOCTYPE
 * entities are never fetched; these bounds cap what a document may define inline.
 */
export const XML_ENTITY_LIMITS = {
  enabled: true,
  maxEntityCount: 50,
  maxEntitySize: 1_000,
  maxExpansionDepth: 5,
  maxTotalExpansions: 1_000,
  maxExpandedLength: 100_000,
} as const;
