/** The keyboard command (manifest `commands`) that opens or closes the sidebar on the current tab. */
export const TOGGLE_SIDEBAR_COMMAND = 'toggle-sidebar';
