import { useEffect, useId, useState } from 'react';
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
      <h2 id={`${id}-heading`}>Where Sidelight opens</h2>
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
        Open Sidelight in the browser's side panel instead of a popup
      </label>
      <p className="hint">The side panel stays open beside any page and follows the tab you are reading, without touching the page.</p>
    </section>
  );
}
