import type { CDPSession, Page } from 'playwright-core';

/**
 * The sidebar read as assistive technology reads it: through the browser's accessibility tree (CDP
 * `Accessibility.getFullAXTree`), which sees inside its closed shadow root where page script and Playwright
 * locators cannot (DESIGN.md, UI contract).
 */

/** One node of the accessibility tree: its role, its accessible name and its children (ignored nodes skipped). */
export interface AxNode {
  role: string;
  name: string;
  /** The DOM node behind it, for clicking (DOM.getBoxModel). */
  backendNodeId?: number;
  /** aria-expanded / focusable and the like, as CDP reports them. */
  properties: Record<string, unknown>;
  children: AxNode[];
}

interface RawAxNode {
  nodeId: string;
  ignored: boolean;
  role?: { value?: unknown };
  name?: { value?: unknown };
  childIds?: string[];
  backendDOMNodeId?: number;
  properties?: { name: string; value: { value?: unknown } }[];
}

const sessions = new WeakMap<Page, Promise<CDPSession>>();

/** One DevTools session per page, reused. */
function session(page: Page): Promise<CDPSession> {
  let s = sessions.get(page);
  if (!s) {
    s = page.context().newCDPSession(page);
    sessions.set(page, s);
  }
  return s;
}

/** The page's whole accessibility tree, ignored nodes folded into their parents. */
export async function axTree(page: Page): Promise<AxNode> {
  const cdp = await session(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: RawAxNode[] };
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  const build = (raw: RawAxNode): AxNode[] => {
    const children = (raw.childIds ?? []).flatMap((id) => {
      const child = byId.get(id);
      return child ? build(child) : [];
    });
    if (raw.ignored) return children;
    const properties = Object.fromEntries((raw.properties ?? []).map((p) => [p.name, p.value.value]));
    return [
      {
        role: String(raw.role?.value ?? ''),
        name: String(raw.name?.value ?? ''),
        backendNodeId: raw.backendDOMNodeId,
        properties,
        children,
      },
    ];
  };
  const root = nodes[0];
  const built = root ? build(root) : [];
  return built.length === 1 && built[0] ? built[0] : { role: 'RootWebArea', name: '', properties: {}, children: built };
}

/** Every node under `node` (itself included), depth first, in reading order. */
export function flatten(node: AxNode): AxNode[] {
  return [node, ...node.children.flatMap(flatten)];
}

/** Nodes under `node` with this role (and, when given, a name that equals or matches `name`). */
export function findAx(node: AxNode, role: string, name?: string | RegExp): AxNode[] {
  return flatten(node).filter(
    (n) => n.role === role && (name === undefined || (typeof name === 'string' ? n.name === name : name.test(n.name))),
  );
}

/** The first node under `node` with this role and name; throws, listing what is there, when none is. */
export function getAx(node: AxNode, role: string, name: string | RegExp): AxNode {
  const found = findAx(node, role, name)[0];
  if (!found) throw new Error(`no ${role} "${String(name)}" in:\n${describeAx(node)}`);
  return found;
}

/** The sidebar's subtree (the landmark `complementary` named "Sidelight"), or null when it is not shown. */
export async function sidebarAx(page: Page): Promise<AxNode | null> {
  return findAx(await axTree(page), 'complementary', 'Sidelight')[0] ?? null;
}

/** The roles and names shown in the sidebar, one `role "name"` line each: for messages of failed assertions. */
export function describeAx(node: AxNode | null): string {
  if (!node) return '(no sidebar)';
  return flatten(node)
    .filter((n) => n.name && n.role !== 'StaticText' && n.role !== 'InlineTextBox')
    .map((n) => `${n.role} "${n.name}"`)
    .join('\n');
}

/** Names of the links inside the region (a section headed `heading`) of `node`. */
export function linksUnderAx(node: AxNode, heading: string): string[] {
  return findAx(node, 'region', heading).flatMap((region) => findAx(region, 'link').map((l) => l.name));
}

/**
 * Polls the sidebar's accessibility tree until `test` holds for it (or `timeoutMs` passes, then throws with
 * what was shown). Returns the sidebar's subtree as last read.
 */
export async function waitForSidebarAx(
  page: Page,
  test: (sidebar: AxNode) => boolean,
  timeoutMs = 15_000,
): Promise<AxNode> {
  const deadline = Date.now() + timeoutMs;
  let last: AxNode | null = null;
  for (;;) {
    last = await sidebarAx(page);
    if (last && test(last)) return last;
    if (Date.now() > deadline)
      throw new Error(`the sidebar never showed what was expected; it showed:\n${describeAx(last)}`);
    await page.waitForTimeout(150);
  }
}

/** Waits until the sidebar shows a heading named `name`. */
export function waitForSidebarHeading(page: Page, name: string, timeoutMs?: number): Promise<AxNode> {
  return waitForSidebarAx(page, (s) => findAx(s, 'heading', name).length > 0, timeoutMs);
}

/** Waits until no sidebar is in the accessibility tree. */
export async function waitForNoSidebar(page: Page, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (await sidebarAx(page)) {
    if (Date.now() > deadline) throw new Error('the sidebar is still shown');
    await page.waitForTimeout(150);
  }
}

/** Clicks an accessibility node as a person would: scrolled into view, a real mouse click at its centre. */
export async function clickAx(page: Page, node: AxNode): Promise<void> {
  if (node.backendNodeId === undefined) throw new Error(`${node.role} "${node.name}" has no DOM node to click`);
  const cdp = await session(page);
  await cdp.send('DOM.scrollIntoViewIfNeeded', { backendNodeId: node.backendNodeId });
  const box = await boxOfAx(page, node);
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.click(x, y);
}

/** The bounding box of an accessibility node in CSS pixels. */
export async function boxOfAx(
  page: Page,
  node: AxNode,
): Promise<{ x: number; y: number; width: number; height: number }> {
  if (node.backendNodeId === undefined) throw new Error(`${node.role} "${node.name}" has no DOM node`);
  const cdp = await session(page);
  const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId: node.backendNodeId })) as {
    model: { border: number[] };
  };
  const xs = model.border.filter((_, i) => i % 2 === 0);
  const ys = model.border.filter((_, i) => i % 2 === 1);
  return {
    x: Math.min(...xs),
    y: Math.min(...ys),
    width: Math.max(...xs) - Math.min(...xs),
    height: Math.max(...ys) - Math.min(...ys),
  };
}

/** A computed style of the element behind an accessibility node (closed shadow roots included). */
export async function styleOfAx(page: Page, node: AxNode, property: string): Promise<string> {
  if (node.backendNodeId === undefined) throw new Error(`${node.role} "${node.name}" has no DOM node`);
  const cdp = await session(page);
  const { object } = (await cdp.send('DOM.resolveNode', { backendNodeId: node.backendNodeId })) as {
    object: { objectId?: string };
  };
  if (!object.objectId) throw new Error(`${node.role} "${node.name}" could not be resolved`);
  const { result } = (await cdp.send('Runtime.callFunctionOn', {
    objectId: object.objectId,
    functionDeclaration: 'function (p) { return getComputedStyle(this).getPropertyValue(p); }',
    arguments: [{ value: property }],
    returnByValue: true,
  })) as { result: { value?: unknown } };
  return String(result.value ?? '');
}

/** The node that has the keyboard focus under `node`, if any. */
export function focusedAx(node: AxNode): AxNode | undefined {
  return flatten(node).find((n) => n.properties.focused === true);
}
