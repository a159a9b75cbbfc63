/**
 * Schema.org JSON-LD blocks of a page, read defensively.
 *
 * Real pages ship JSON-LD that is malformed (raw newlines inside strings, trailing commas, CDATA wrappers),
 * nested in `@graph` arrays, typed with arrays or prefixed IRIs, and linked by `@id` references. A broken block
 * is skipped; it never stops extraction.
 */

/** One JSON-LD node: a plain object as parsed. */
export type JsonLdNode = Record<string, unknown>;

/** The schema.org types that mean "this page is an article". */
const ARTICLE_TYPES = new Set([
  'article',
  'newsarticle',
  'analysisnewsarticle',
  'askpublicnewsarticle',
  'backgroundnewsarticle',
  'opinionnewsarticle',
  'reportagenewsarticle',
  'reviewnewsarticle',
  'blogposting',
  'liveblogposting',
  'socialmediaposting',
  'report',
  'satiricalarticle',
]);

/** All JSON-LD nodes of the document, flattened out of arrays and `@graph`s, in document order. */
export function readJsonLd(doc: Document): JsonLdNode[] {
  const nodes: JsonLdNode[] = [];
  for (const script of Array.from(doc.querySelectorAll('script'))) {
    if ((script.getAttribute('type') ?? '').trim().toLowerCase() !== 'application/ld+json') continue;
    const parsed = parseLenient(script.textContent ?? '');
    if (parsed !== undefined) flatten(parsed, nodes, 0);
  }
  return nodes;
}

/** True when the node's `@type` (a string or an array, possibly an IRI) is an article type. */
export function isArticleNode(node: JsonLdNode): boolean {
  return typesOf(node).some((type) => ARTICLE_TYPES.has(type));
}

/** Lower-cased local type names of a node: "http://schema.org/NewsArticle" → "newsarticle". */
export function typesOf(node: JsonLdNode): string[] {
  const raw = node['@type'];
  const list = Array.isArray(raw) ? raw : [raw];
  return list.filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^.*[/:#]/, '').toLowerCase());
}

/**
 * Follow an `@id` reference to the node it names (publishers and authors in a `@graph` are often references),
 * returning objects unchanged and anything else as null.
 */
export function resolveRef(value: unknown, all: JsonLdNode[]): JsonLdNode | null {
  if (!isObject(value)) return null;
  const id = value['@id'];
  if (typeof id === 'string' && Object.keys(value).length === 1) {
    return all.find((n) => n !== value && n['@id'] === id) ?? value;
  }
  return value;
}

/** Names of a JSON-LD `author` (or `publisher`) value: a string, an object with `name`, or a list of those. */
export function namesOf(value: unknown, all: JsonLdNode[]): string[] {
  const list = Array.isArray(value) ? value : [value];
  const names: string[] = [];
  for (const item of list) {
    if (typeof item === 'string') {
      names.push(item);
      continue;
    }
    const name = resolveRef(item, all)?.name;
    if (typeof name === 'string') names.push(name);
  }
  return names.map((n) => n.replace(/\s+/g, ' ').trim()).filter((n) => n.length > 0);
}

/** A string field of a node, trimmed, or null. */
export function stringField(node: JsonLdNode | null | undefined, key: string): string | null {
  const value = node?.[key];
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

// Raw control characters (newlines, tabs) inside JSON strings are the commonest way pages break their JSON-LD.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARS = /[\u0000-\u001f]+/g;

function parseLenient(source: string): unknown {
  const text = source
    .trim()
    .replace(/^<!\[CDATA\[|\]\]>$/g, '')
    .replace(/^<!--|-->$/g, '');
  // Each attempt repairs one more common publishing mistake. Control characters (raw newlines inside strings)
  // are safe to turn into spaces everywhere: outside strings they are only whitespace anyway.
  const attempts = [
    (s: string) => s,
    (s: string) => s.replace(CONTROL_CHARS, ' '),
    (s: string) => s.replace(CONTROL_CHARS, ' ').replace(/,\s*([}\]])/g, '$1'),
  ];
  for (const repair of attempts) {
    try {
      return JSON.parse(repair(text)) as unknown;
    } catch {
      // Try the next repair; give up quietly after the last.
    }
  }
  return undefined;
}

function flatten(value: unknown, out: JsonLdNode[], depth: number): void {
  if (depth > 4) return; // hostile or absurd nesting
  if (Array.isArray(value)) {
    for (const item of value) flatten(item, out, depth + 1);
    return;
  }
  if (!isObject(value)) return;
  if (value['@type'] !== undefined) out.push(value);
  const graph = value['@graph'];
  if (graph !== undefined) flatten(graph, out, depth + 1);
}

function isObject(value: unknown): value is JsonLdNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
