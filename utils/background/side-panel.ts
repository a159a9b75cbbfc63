import { browser } from 'wxt/browser';

/** The part of Chrome's sidePanel API used here (absent in Firefox, whose build has a sidebar instead). */
interface SidePanelApi {
  setPanelBehavior(behavior: { openPanelOnActionClick: boolean }): Promise<void>;
}

/** Whether this browser has Chrome's side panel. */
export function hasSidePanel(): boolean {
  return Boolean((browser as unknown as { sidePanel?: SidePanelApi }).sidePanel);
}

/**
 * Points the toolbar button at the side panel (on) or the popup (off). Chrome opens a popup in preference to
 * the panel, so the popup is unset while the panel is chosen.
 */
export async function applySidePanelSetting(on: boolean): Promise<void> {
  const sidePanel = (browser as unknown as { sidePanel?: SidePanelApi }).sidePanel;
  if (!sidePanel) return;
  await sidePanel.setPanelBehavior({ openPanelOnActionClick: on });
  await browser.action.setPopup({ popup: on ? '' : 'popup.html' });
}
