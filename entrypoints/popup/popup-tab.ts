/** The tab id a popup was opened for (`popup.html?tabId=N`), or null when it shows the active tab. */
export function popupTabId(search: string): number | null {
  const raw = new URLSearchParams(search).get('tabId');
  if (raw === null || !/^\d+$/.test(raw)) return null;
  return Number(raw);
}
