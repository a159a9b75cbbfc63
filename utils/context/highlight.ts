/**
 * Finds a quoted sentence in a page, selects it and scrolls it into view. Self-contained on purpose: the popup
 * runs it in the page through `scripting.executeScript` (which sends the function's source, not its imports),
 * and the sidebar calls it directly. Whitespace differences between the extracted text and the page are ignored.
 */
export function highlightQuote(quote: string, doc: Document = document): boolean {
  const wanted = quote.replace(/\s+/g, ' ').trim();
  if (wanted.length === 0 || !doc.body) return false;
  const skip = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  // The page's text with runs of whitespace collapsed, and for each character the node and offset it came from.
  let text = '';
  const nodes: Text[] = [];
  const offsets: number[] = [];
  const owners: number[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || skip.has(parent.tagName) || parent.closest('sidelight-sidebar')) continue;
    const value = node.nodeValue ?? '';
    const index = nodes.push(node as Text) - 1;
    for (let i = 0; i < value.length; i++) {
      const ch = /\s/.test(value[i] ?? '') ? ' ' : (value[i] ?? '');
      if (ch === ' ' && text.endsWith(' ')) continue;
      text += ch;
      offsets.push(i);
      owners.push(index);
    }
  }
  let at = text.indexOf(wanted);
  let length = wanted.length;
  if (at < 0) {
    // A sentence that spans markup the extractor joined differently: find its opening words at least.
    const opening = wanted.slice(0, 60);
    at = text.indexOf(opening);
    length = opening.length;
  }
  if (at < 0) return false;
  const startNode = nodes[owners[at] ?? -1];
  const endNode = nodes[owners[at + length - 1] ?? -1];
  if (!startNode || !endNode) return false;
  const range = doc.createRange();
  range.setStart(startNode, offsets[at] ?? 0);
  range.setEnd(endNode, (offsets[at + length - 1] ?? 0) + 1);
  const selection = doc.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  const element = startNode.parentElement;
  if (element && typeof element.scrollIntoView === 'function')
    element.scrollIntoView({ block: 'center', behavior: 'smooth' });
  return true;
}
