import type { Catalogue } from '../utils/catalogue/catalogue';
import { i18n } from '#i18n';
import { outletsOfPresets } from '../utils/catalogue/catalogue';

/** One checkbox card per preset: its name, what it is, and how many outlets from how many countries. */
export function PresetPicker(props: {
  catalogue: Catalogue;
  chosen: string[];
  onChange: (chosen: string[]) => void;
  disabled: boolean;
}) {
  const { catalogue, chosen, onChange, disabled } = props;
  const toggle = (id: string, on: boolean) => onChange(on ? [...chosen, id] : chosen.filter((c) => c !== id));
  return (
    <fieldset className="presets" disabled={disabled}>
      <legend>{i18n.t('welcome.presetsLegend')}</legend>
      <div className="preset-grid">
        {catalogue.presets.map((preset) => {
          const outlets = outletsOfPresets(catalogue, [preset.id]);
          const countries = new Set(outlets.map((o) => o.country)).size;
          const on = chosen.includes(preset.id);
          return (
            <label key={preset.id} className={on ? 'preset chosen' : 'preset'}>
              <input type="checkbox" checked={on} onChange={(e) => toggle(preset.id, e.target.checked)} />
              <span className="preset-body">
                <span className="preset-name">{preset.name}</span>
                <span className="preset-description">{preset.description}</span>
                <span className="preset-meta">
                  {outlets.length} outlets · {countries} {countries === 1 ? 'country' : 'countries'}
                </span>
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
