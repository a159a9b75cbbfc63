import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browser } from 'wxt/browser';
import { ensureRefreshAlarm, REFRESH_ALARM, REFRESH_INTERVAL_MINUTES } from './schedule';

describe('ensureRefreshAlarm', () => {
  beforeEach(() => fakeBrowser.reset());

  it('creates the periodic refresh alarm once', async () => {
    await ensureRefreshAlarm();
    const alarm = await browser.alarms.get(REFRESH_ALARM);
    expect(alarm?.periodInMinutes).toBe(REFRESH_INTERVAL_MINUTES);
    await ensureRefreshAlarm();
    expect(await browser.alarms.getAll()).toHaveLength(1);
  });

  it('keeps an existing alarm instead of restarting its countdown', async () => {
    await browser.alarms.create(REFRESH_ALARM, { periodInMinutes: REFRESH_INTERVAL_MINUTES, when: 42 });
    await ensureRefreshAlarm();
    expect((await browser.alarms.get(REFRESH_ALARM))?.scheduledTime).toBe(42);
  });
});
