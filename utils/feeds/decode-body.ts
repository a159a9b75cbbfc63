/**
 * Bytes to text for feeds. Many feeds are still ISO-8859-1 or Windows-1252 (Portuguese, German,
 * French news sites), and many servers omit or misstate the charset, so the encoding is looked for in
 * order: byte-order mark, Content-Type charset, XML declaration, then UTF-8.
 *
 * A BOM wins over the header, as in the WHATWG Encoding standard's "BOM sniff": a file that starts
 * with one is in that encoding whatever the server claims.
 */

function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return null;
}

/** The charset parameter of a Content-Type header, if any. */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  const match = /;\s*charset\s*=\s*["']?([^"';\s]+)/i.exec(contentType ?? '');
  return match?.[1] ?? null;
}

/** The encoding named in an XML declaration (`<?xml version="1.0" encoding="ISO-8859-1"?>`). */
function xmlDeclarationEncoding(bytes: Uint8Array): string | null {
  // The declaration is ASCII in every ASCII-compatible encoding; 200 bytes is plenty for it.
  const head = String.fromCharCode(...bytes.subarray(0, 200));
  const match = /^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head);
  return match?.[1] ?? null;
}

function decoderFor(label: string | null): TextDecoder | null {
  if (!label) return null;
  try {
    return new TextDecoder(label.trim());
  } catch {
    // Unknown or unsupported label: let the next source of truth decide.
    return null;
  }
}

/**
 * Windows-1252's characters at 0x80–0x9F (curly quotes, dashes, €…). The Encoding standard decodes every
 * "latin1"/"iso-8859-1"/"windows-1252" label this way, and browsers do; Node's TextDecoder maps those bytes to
 * C1 control characters instead, so the same feed would read differently in tests, eval and bench. Undefined
 * positions (0x81, 0x8D, 0x8F, 0x90, 0x9D) stay as they are, as in the standard.
 */
const WINDOWS_1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWith(decoder: TextDecoder, bytes: Uint8Array): string {
  const text = decoder.decode(bytes);
  if (decoder.encoding !== 'windows-1252') return text;
  return text.replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_C1[c.charCodeAt(0) - 0x80] ?? c);
}

/**
 * Decodes a feed's bytes to text using, in order, the BOM, the Content-Type charset, the XML
 * declaration, and UTF-8. Unknown labels are skipped; malformed bytes become U+FFFD, never an error.
 */
export function decodeFeedBytes(bytes: Uint8Array, contentType?: string | null): string {
  const decoder =
    decoderFor(bomEncoding(bytes)) ??
    decoderFor(charsetFromContentType(contentType)) ??
    decoderFor(xmlDeclarationEncoding(bytes)) ??
    new TextDecoder('utf-8');
  return decodeWith(decoder, bytes);
}
