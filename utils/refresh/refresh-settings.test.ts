import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { readRefreshSettings, refreshSettings } from '../settings';
import { checkRefreshSettings, DEFAULT_REFRESH_SETTINGS, withDefaults } from './refresh-settings';
import { inWords } from '../../tests/support/in-words';

describe('refresh settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('start at 30 minutes, 20 s, 30 days and 50,000 stories', async () => {
    expect(await readRefreshSettings()).toEqual({
      intervalMinutes: 30,
      timeoutSeconds: 20,
      retentionDays: 30,
      maxStories: 50_000,
    });
  });

  it('fill in what a stored value lacks and bring broken values into range', async () => {
    await refreshSettings.setValue({ intervalMinutes: 60 });
    expect(await readRefreshSettings()).toEqual({ ...DEFAULT_REFRESH_SETTINGS, intervalMinutes: 60 });
    expect(withDefaults({ intervalMinutes: 1, maxStories: Number.NaN, retentionDays: 12.4 })).toEqual({
      ...DEFAULT_REFRESH_SETTINGS,
      intervalMinutes: 5,
      retentionDays: 12,
    });
  });

  it('check what a person typed, saying what is wrong with each field', () => {
    expect(
      checkRefreshSettings({ intervalMinutes: '15', timeoutSeconds: '30', retentionDays: '90', maxStories: '20,000' }),
    ).toEqual({
      ok: true,
      settings: { intervalMinutes: 15, timeoutSeconds: 30, retentionDays: 90, maxStories: 20_000 },
    });
    expect(
      inWords(
        checkRefreshSettings({ intervalMinutes: '1', timeoutSeconds: 'soon', retentionDays: '30', maxStories: '-5' }),
      ),
    ).toEqual({
      ok: false,
      errors: {
        intervalMinutes: 'The refresh interval must be a whole number from 5 to 1,440.',
        timeoutSeconds: 'The timeout must be a whole number from 5 to 120.',
        maxStories: 'The story limit must be a whole number from 1,000 to 1,000,000.',
      },
    });
  });
});
