import { browser } from 'wxt/browser';

/** Name of the periodic feed refresh alarm. */
export const REFRESH_ALARM = 'refresh-feeds';

/**
 * Name of the alarm that wakes the worker while a refresh run is unfinished: if the browser kills the worker
 * mid-run with no page open, this brings it back to finish the run. Cleared when the run ends.
 */
export const RESUME_ALARM = 'resume-refresh';

/** Minutes between scheduled refreshes, unless the person set otherwise. */
export const REFRESH_INTERVAL_MINUTES = 30;

/**
 * Creates the refresh alarm unless it already exists with this period (alarms survive worker restarts, not
 * reinstalls); a changed interval replaces it.
 */
export async function ensureRefreshAlarm(intervalMinutes = REFRESH_INTERVAL_MINUTES): Promise<void> {
  const existing = await browser.alarms.get(REFRESH_ALARM);
  if (existing?.periodInMinutes === intervalMinutes) return;
  await browser.alarms.create(REFRESH_ALARM, {
    periodInMinutes: intervalMinutes,
    delayInMinutes: existing ? intervalMinutes : 1,
  });
}

/** Keeps a wake-up alarm while a run is unfinished. */
export async function ensureResumeAlarm(): Promise<void> {
  if (!(await browser.alarms.get(RESUME_ALARM)))
    await browser.alarms.create(RESUME_ALARM, { delayInMinutes: 1, periodInMinutes: 1 });
}

/** Drops the wake-up alarm once a run has finished. */
export async function clearResumeAlarm(): Promise<void> {
  await browser.alarms.clear(RESUME_ALARM);
}

/** When the next scheduled refresh is due (epoch ms), or null when no alarm is set. */
export async function nextScheduledRefresh(): Promise<number | null> {
  return (await browser.alarms.get(REFRESH_ALARM))?.scheduledTime ?? null;
}
