import { storage } from 'wxt/utils/storage';

/**
 * The sidebar's width the reader dragged it to, per site (origin → CSS pixels). Version 1; add a migration here
 * for any change of shape.
 */
export const sidebarWidths = storage.defineItem<Record<string, number>>('local:sidebarWidths', {
  fallback: {},
  version: 1,
});

/** Keeps at most this many sites: the oldest choices go first. */
const MAX_SITES = 200;

/** The width chosen for `origin`, or null. */
export async function widthFor(origin: string): Promise<number | null> {
  const value = (await sidebarWidths.getValue())[origin];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** Remembers the width for `origin`. */
export async function rememberWidth(origin: string, width: number): Promise<void> {
  // Insertion order is the age: the site just set goes last, and the oldest beyond MAX_SITES drop off.
  const others = Object.entries(await sidebarWidths.getValue()).filter(([site]) => site !== origin);
  await sidebarWidths.setValue(Object.fromEntries([...others.slice(-(MAX_SITES - 1)), [origin, Math.round(width)]]));
}
