/**
 * The sidebar's record of itself, kept in the content script's isolated world: a page can neither see it nor
 * fake it (a `<sidelight-sidebar>` the page inserted is just an element of the page).
 */
const state = globalThis as typeof globalThis & {
  sidelightSidebarMounted?: boolean;
  /** Closes the mounted sidebar (the keyboard shortcut's toggle calls it; utils/background/tabs.ts). */
  sidelightSidebarClose?: () => void;
  /** Set by the shortcut before injecting: the new sidebar takes the keyboard focus. */
  sidelightSidebarFocus?: boolean;
  sidelightTestShadow?: ShadowRoot;
};

/** True when no Sidelight sidebar is mounted in this page yet, and claims the page for the caller. */
export function claimSidebar(): boolean {
  if (state.sidelightSidebarMounted) return false;
  state.sidelightSidebarMounted = true;
  return true;
}

/** Records how to close the mounted sidebar, for the keyboard shortcut's toggle. */
export function onSidebarClose(close: () => void): void {
  state.sidelightSidebarClose = close;
}

/** Whether the sidebar was opened from the keyboard and should take the focus (asked once). */
export function takeFocusRequest(): boolean {
  const wanted = state.sidelightSidebarFocus === true;
  state.sidelightSidebarFocus = false;
  return wanted;
}

/** Called when the sidebar is removed (Close sidebar, or the script's context ending). */
export function releaseSidebar(): void {
  state.sidelightSidebarMounted = false;
  state.sidelightSidebarClose = undefined;
}

/**
 * Test builds only: keeps the closed shadow root on the isolated world's global, where an e2e test reaches it
 * through the DevTools protocol (to run axe-core inside it). The page's own scripts never see it; production
 * bundles drop this code (the mode is replaced at build time).
 */
export function exposeShadowForTests(shadow: ShadowRoot): void {
  if (import.meta.env.MODE === 'test') state.sidelightTestShadow = shadow;
}
