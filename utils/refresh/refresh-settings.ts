/**
 * The refresh and retention settings: their defaults, limits and checking. The stored item is in
 * utils/settings.ts; this file is plain data so the worker, the options page and tests share it.
 */
import { said, type Said } from '../said';

/** What a person can set about refreshing and keeping stories. */
export interface RefreshSettings {
  /** Minutes between scheduled refreshes. */
  intervalMinutes: number;
  /** Seconds before a feed that does not answer is given up on. */
  timeoutSeconds: number;
  /** Stories older than this many days are deleted. */
  retentionDays: number;
  /** At most this many stories are kept. */
  maxStories: number;
}

/** The settings before anyone changes them. */
export const DEFAULT_REFRESH_SETTINGS: RefreshSettings = {
  intervalMinutes: 30,
  timeoutSeconds: 20,
  retentionDays: 30,
  maxStories: 50_000,
};

/** Allowed range of each setting (components/said.ts names each one in messages). */
export const REFRESH_SETTING_LIMITS: Record<keyof RefreshSettings, { min: number; max: number }> = {
  // Chrome runs alarms at most every 30 s; feeds rarely change faster than every few minutes.
  intervalMinutes: { min: 5, max: 1440 },
  timeoutSeconds: { min: 5, max: 120 },
  retentionDays: { min: 1, max: 3650 },
  maxStories: { min: 1000, max: 1_000_000 },
};

/** A stored value with any missing or broken field replaced by its default (older or hand-edited data). */
export function withDefaults(stored: Partial<RefreshSettings> | null | undefined): RefreshSettings {
  const settings = { ...DEFAULT_REFRESH_SETTINGS };
  for (const key of Object.keys(DEFAULT_REFRESH_SETTINGS) as (keyof RefreshSettings)[]) {
    const value = stored?.[key];
    const { min, max } = REFRESH_SETTING_LIMITS[key];
    if (typeof value === 'number' && Number.isFinite(value))
      settings[key] = Math.min(max, Math.max(min, Math.round(value)));
  }
  return settings;
}

/** The result of checking a settings form: the settings, or what is wrong with each field that is. */
export type SettingsCheck =
  { ok: true; settings: RefreshSettings } | { ok: false; errors: Partial<Record<keyof RefreshSettings, Said>> };

/** Checks what a person typed (strings from inputs): whole numbers within each setting's range. */
export function checkRefreshSettings(input: Record<keyof RefreshSettings, string>): SettingsCheck {
  const errors: Partial<Record<keyof RefreshSettings, Said>> = {};
  const settings = { ...DEFAULT_REFRESH_SETTINGS };
  for (const key of Object.keys(DEFAULT_REFRESH_SETTINGS) as (keyof RefreshSettings)[]) {
    const { min, max } = REFRESH_SETTING_LIMITS[key];
    const text = input[key].trim().replace(/[\s,_]/g, '');
    const value = Number(text);
    if (!/^\d+$/.test(text) || value < min || value > max) {
      errors[key] = said('settings.range', { setting: key, min, max });
    } else settings[key] = value;
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, settings };
}
