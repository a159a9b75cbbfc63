/** The element a page's React root mounts into; a missing one is a build mistake, so say which. */
export function mountPoint(id = 'root'): HTMLElement {
  const element = document.getElementById(id);
  if (!element) throw new Error(`Sidelight: this page has no #${id} element to render into`);
  return element;
}
