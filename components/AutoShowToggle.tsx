import { useEffect, useId, useState } from 'react';
import { i18n } from '#i18n';
import { ask } from '../utils/messages';
import { hostOf } from '../utils/format/urls';
import { ErrorLine } from './Feedback';
import { say } from './said';

/**
 * "Show the sidebar automatically on <site>": asks for the site's permission (inside the click, as browsers
 * require) and registers the auto-show script through the background.
 */
export function AutoShowToggle({
  origin,
  requestOrigin,
}: {
  origin: string;
  requestOrigin: (origin: string) => Promise<boolean>;
}) {
  const [enabled, setEnabled] = useState<boolean | null>(null);
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  useEffect(() => {
    void ask('getAutoShow', origin).then((r) => (r.ok ? setEnabled(r.value) : setError(say(r.error))));
  }, [origin]);

  const change = async (next: boolean) => {
    const previous = enabled;
    setError(null);
    setEnabled(next); // show the choice at once; undone below if it cannot be kept
    if (next && !(await requestOrigin(origin).catch(() => false))) {
      setEnabled(previous);
      setError(i18n.t('autoShow.refused', [hostOf(origin)]));
      return;
    }
    const result = await ask('setAutoShow', { origin, enabled: next });
    setEnabled(result.ok ? result.value : previous);
    if (!result.ok) setError(say(result.error));
  };

  if (enabled === null && !error) return null;
  return (
    <div className="auto-show">
      <input id={id} type="checkbox" checked={enabled ?? false} onChange={(e) => void change(e.target.checked)} />
      <label htmlFor={id}>{i18n.t('autoShow.label', [hostOf(origin)])}</label>
      {error && <ErrorLine>{error}</ErrorLine>}
    </div>
  );
}
