/**
 * Where the sidebar sits beside the page. Docked, it narrows the page's root element by its own width, so the
 * article reflows into the space left (as Hypothesis's side-by-side mode does) instead of being covered; when
 * the window is too narrow for that, it starts as a slim tab. Plain TypeScript over a Document, so it is tested
 * in jsdom.
 */

/** The sidebar's width when the reader has not chosen one for the site, and the bounds of a drag. */
export const DEFAULT_WIDTH = 360;
export const MIN_WIDTH = 280;
export const MAX_WIDTH = 640;
/** The narrowest a page may become beside the sidebar and still read as an article column. */
export const MIN_PAGE_WIDTH = 640;

/** How the sidebar shows: beside the narrowed page, over it (the reader opened it where there was no room), or as a tab. */
export type DockMode = 'docked' | 'overlay' | 'collapsed';

/** A width within bounds, and never wider than the window leaves for a page. */
export function clampWidth(width: number, viewportWidth: number): number {
  const upper = Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, viewportWidth - MIN_PAGE_WIDTH));
  return Math.round(Math.min(upper, Math.max(MIN_WIDTH, Number.isFinite(width) ? width : DEFAULT_WIDTH)));
}

/** Whether a page still has room to read beside a sidebar this wide. */
export function fitsBeside(viewportWidth: number, width: number): boolean {
  return viewportWidth - width >= MIN_PAGE_WIDTH;
}

/** The mode a sidebar starts in: docked when there is room, else collapsed to its tab. */
export function initialMode(viewportWidth: number, width: number): DockMode {
  return fitsBeside(viewportWidth, width) ? 'docked' : 'collapsed';
}

const STYLE_ID = 'sidelight-dock';

/**
 * Narrows the page by `width` pixels on screen (not in print, not in full screen), or gives the room back with
 * `0`. One style element in the page's head, removed when the sidebar goes.
 */
export function narrowPage(doc: Document, width: number): void {
  let style = doc.getElementById(STYLE_ID);
  if (width <= 0) {
    style?.remove();
    return;
  }
  if (!style) {
    style = doc.createElement('style');
    style.id = STYLE_ID;
    (doc.head ?? doc.documentElement).append(style);
  }
  // The root element's right margin makes the room; print and full screen keep the page's own layout.
  style.textContent =
    `@media screen { html { margin-right: ${Math.round(width)}px !important; } }\n` +
    '@media print, (display-mode: fullscreen) { html { margin-right: 0 !important; } }';
}
