import { storage } from 'wxt/utils/storage';

/**
 * "Open Sidelight in the browser's side panel" (options page, Chrome only): the toolbar button then opens the
 * side panel, where the same view sits beside any page without touching it, instead of the popup.
 * Version 1; add a migration here for any change of shape.
 */
export const sidePanelSetting = storage.defineItem<boolean>('local:useSidePanel', { fallback: false, version: 1 });
