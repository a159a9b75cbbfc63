import { browser } from 'wxt/browser';

/** Name of the periodic feed refresh alarm. */
export const REFRESH_ALARM = 'refresh-feeds';

/** Minutes between scheduled refreshes. */
export const REFRESH_INTERVAL_MINUTES = 30;

/** Creates the refresh alarm unless it already exists (alarms survive worker restarts, not reinstalls). */
export async function ensureRefreshAlarm(): Promise<void> {
  const existing = await browser.alarms.get(REFRESH_ALARM);
  if (!existing) {
    await browser.alarms.create(REFRESH_ALARM, { periodInMinutes: REFRESH_INTERVAL_MINUTES, delayInMinutes: 1 });
  }
}
