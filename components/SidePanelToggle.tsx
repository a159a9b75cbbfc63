import { useEffect, useId, useState } from 'react';
import { i18n } from '#i18n';
import { sidePanelSetting } from '../utils/side-panel';

/**
 * The options page's switch between the popup and the browser's side panel (Chrome only: `available` is false
 * elsewhere and nothing is shown).
 */
export function SidePanelToggle({ available }: { available: boolean }) {
  const id = useId();
  const [on, setOn] = useState<boolean | null>(null);
  useEffect(() => {
    void sidePanelSetting.getValue().then(setOn);
    return sidePanelSetting.watch((value) => setOn(value));
  }, []);
  if (!available || on === null) return null;
  return (
    <section className="side-panel-setting" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{i18n.t('view.sidePanelHeading')}</h2>
      <label className="check">
        <input
          type="checkbox"
          checked={on}
          onChange={(event) => {
            // The box follows the click at once; the storage watch confirms it (or corrects it) when the write lands.
            setOn(event.target.checked);
            void sidePanelSetting.setValue(event.target.checked);
          }}
        />
        {i18n.t('view.sidePanelToggle')}
      </label>
      <p className="hint">{i18n.t('view.sidePanelHint')}</p>
    </section>
  );
}
