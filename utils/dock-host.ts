/** Width of the docked sidebar, in CSS pixels. */
export const SIDEBAR_WIDTH = 380;

/**
 * Pins the sidebar's host element to the right edge of the viewport, above the page. Set inline with
 * !important so page stylesheets cannot move it; the page's own layout is left untouched.
 */
export function dockHost(host: HTMLElement): void {
  const style: Record<string, string> = {
    position: 'fixed',
    top: '0',
    right: '0',
    bottom: '0',
    width: `min(${SIDEBAR_WIDTH}px, 100vw)`,
    height: '100vh',
    'z-index': '2147483647',
    display: 'block',
    margin: '0',
    padding: '0',
    border: '0',
  };
  for (const [name, value] of Object.entries(style)) host.style.setProperty(name, value, 'important');
}
