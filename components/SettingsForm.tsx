import { useEffect, useId, useState, type FormEvent } from 'react';
import { i18n } from '#i18n';
import { counted } from './counted';
import { formatBytes } from '../utils/feeds/fetch-feed';
import { checkRefreshSettings, type RefreshSettings } from '../utils/refresh/refresh-settings';
import type { Said } from '../utils/said';
import { say } from './said';

/** What the settings section needs from the extension. */
export interface SettingsApi {
  getSettings(): Promise<RefreshSettings>;
  saveSettings(settings: RefreshSettings): Promise<void>;
  /** Bytes this extension's storage uses, or null when the browser does not say. */
  estimateStorage(): Promise<number | null>;
}

const FIELDS: { key: keyof RefreshSettings; label: () => string }[] = [
  { key: 'intervalMinutes', label: () => i18n.t('settings.intervalMinutes') },
  { key: 'timeoutSeconds', label: () => i18n.t('settings.timeoutSeconds') },
  { key: 'retentionDays', label: () => i18n.t('settings.retentionDays') },
  { key: 'maxStories', label: () => i18n.t('settings.maxStories') },
];

type Draft = Record<keyof RefreshSettings, string>;
const toDraft = (s: RefreshSettings): Draft => ({
  intervalMinutes: String(s.intervalMinutes),
  timeoutSeconds: String(s.timeoutSeconds),
  retentionDays: String(s.retentionDays),
  maxStories: String(s.maxStories),
});

/** The **Settings** section: refresh interval, timeout, retention by age and count, and storage used. */
export function SettingsForm({ api, storyCount }: { api: SettingsApi; storyCount: number | null }) {
  const [draft, setDraft] = useState<Draft | null>(null);
  const [errors, setErrors] = useState<Partial<Record<keyof RefreshSettings, Said>>>({});
  const [saved, setSaved] = useState(false);
  const [usage, setUsage] = useState<number | null>(null);
  const id = useId();

  useEffect(() => {
    void api.getSettings().then((s) => setDraft(toDraft(s)));
  }, [api]);
  useEffect(() => {
    void api
      .estimateStorage()
      .then(setUsage)
      .catch(() => setUsage(null));
  }, [api, storyCount]);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!draft) return;
    const checked = checkRefreshSettings(draft);
    setSaved(false);
    if (!checked.ok) return setErrors(checked.errors);
    setErrors({});
    await api.saveSettings(checked.settings);
    setDraft(toDraft(checked.settings));
    setSaved(true);
  };

  return (
    <section className="settings" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{i18n.t('settings.heading')}</h2>
      {draft === null ? (
        <p role="status">{i18n.t('settings.loading')}</p>
      ) : (
        <form onSubmit={(e) => void save(e)} noValidate>
          <div className="settings-grid">
            {FIELDS.map(({ key, label }) => (
              <div className="setting" key={key}>
                <label htmlFor={`${id}-${key}`}>{label()}</label>
                <input
                  id={`${id}-${key}`}
                  type="text"
                  inputMode="numeric"
                  value={draft[key]}
                  aria-invalid={errors[key] ? true : undefined}
                  aria-describedby={errors[key] ? `${id}-${key}-error` : undefined}
                  onChange={(e) => {
                    setDraft({ ...draft, [key]: e.target.value });
                    setSaved(false);
                  }}
                />
                {errors[key] && (
                  <span className="field-error" id={`${id}-${key}-error`}>
                    {say(errors[key])}
                  </span>
                )}
              </div>
            ))}
          </div>
          <div className="row">
            <button type="submit" className="secondary">
              {i18n.t('settings.save')}
            </button>
            {saved && (
              <span className="notice" role="status">
                {i18n.t('settings.saved')}
              </span>
            )}
          </div>
        </form>
      )}
      <p className="storage-use">
        {storyCount === null
          ? i18n.t('settings.counting')
          : usage !== null
            ? i18n.t('settings.storedUsing', [counted('count.stories', storyCount), formatBytes(usage)])
            : i18n.t('settings.stored', [counted('count.stories', storyCount)])}
      </p>
    </section>
  );
}
