/**
 * Small readers over fast-xml-parser's output (attributes prefixed "@_", text in "#text"), and the
 * conversion of "stop node" raw XML (titles, descriptions, content) into the HTML string it encodes.
 */

/** An element as fast-xml-parser returns it. */
export type XmlNode = Record<string, unknown>;

/** Elements appear once as a value and several times as an array: always get an array of elements. */
export function children(node: XmlNode | undefined, name: string): XmlNode[] {
  const value = node?.[name];
  if (value === undefined || value === null) return [];
  const list = Array.isArray(value) ? (value as unknown[]) : [value];
  return list.map((v) => (typeof v === 'object' && v !== null ? (v as XmlNode) : { '#text': String(v) }));
}

/** The first element called `name`, if any. */
export function child(node: XmlNode | undefined, name: string): XmlNode | undefined {
  return children(node, name)[0];
}

/** An attribute's value, or null. */
export function attr(node: XmlNode | undefined, name: string): string | null {
  const value = node?.[`@_${name}`];
  return typeof value === 'string' ? value : null;
}

/** The text of an element (entities already decoded by the parser), trimmed; '' when it has none. */
export function textOf(node: XmlNode | undefined): string {
  const value = node?.['#text'];
  return typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '';
}

/** The text of the first child element called `name` that has any text. */
export function childText(node: XmlNode | undefined, name: string): string {
  for (const element of children(node, name)) {
    const text = textOf(element);
    if (text) return text;
  }
  return '';
}

const XML_ENTITY = /&(?:(lt|gt|amp|quot|apos)|#(\d{1,8})|#x([0-9a-fA-F]{1,7}));/g;
const XML_NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeXmlEntities(text: string): string {
  return text.replace(XML_ENTITY, (whole, name?: string, dec?: string, hex?: string) => {
    if (name) return XML_NAMED[name] ?? whole;
    const code = dec ? Number.parseInt(dec, 10) : Number.parseInt(hex ?? '', 16);
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '\uFFFD';
  });
}

/**
 * Turns the raw inner XML of a text element into the HTML (or text) it carries: CDATA sections are
 * taken verbatim, the rest has its XML entities decoded once. "&lt;b&gt;" and "<![CDATA[<b>]]>" both
 * give "<b>"; inline XHTML stays markup. Entities the XML does not define (&nbsp;) are left for the
 * HTML stage. Internal DTD entities are never expanded here, which keeps entity bombs harmless.
 */
export function rawXmlToHtml(raw: string): string {
  let out = '';
  let rest = raw;
  for (;;) {
    const start = rest.indexOf('<![CDATA[');
    if (start < 0) return out + decodeXmlEntities(rest);
    out += decodeXmlEntities(rest.slice(0, start));
    const end = rest.indexOf(']]>', start + 9);
    if (end < 0) return out + rest.slice(start + 9);
    out += rest.slice(start + 9, end);
    rest = rest.slice(end + 3);
  }
}

/** The HTML carried by a "stop node" element (see `rawXmlToHtml`), '' when absent. */
export function markupOf(node: XmlNode | undefined): string {
  const value = node?.['#text'];
  return typeof value === 'string' ? rawXmlToHtml(value) : '';
}

/** Resolves a possibly relative reference; returns null unless the result is an http(s) URL. */
export function resolveHttpUrl(ref: string | null | undefined, base: string): string | null {
  const trimmed = ref?.trim();
  if (!trimmed) return null;
  try {
    const url = new URL(trimmed, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** The base URL in effect inside `node`: its xml:base resolved against the parent's base. */
export function baseOf(node: XmlNode | undefined, parentBase: string): string {
  const xmlBase = attr(node, 'xml:base');
  if (!xmlBase) return parentBase;
  try {
    return new URL(xmlBase.trim(), parentBase).href;
  } catch {
    return parentBase;
  }
}
