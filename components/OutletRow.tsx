import type { Outlet } from '../utils/catalogue/catalogue';
import { i18n } from '#i18n';
import { countryName, languageName } from '../utils/catalogue/names';
import { ownershipName } from './labels';
import { hostOf, safeHref } from '../utils/format/urls';

/** One catalogue outlet: name and site, country, language, kind of ownership, and Add or Remove. */
export function OutletRow(props: {
  outlet: Outlet;
  added: boolean;
  busy: boolean;
  onAdd: () => void;
  onRemove: () => void;
}) {
  const { outlet, added, busy, onAdd, onRemove } = props;
  const href = safeHref(outlet.homepage);
  return (
    <tr className={added ? 'outlet added' : 'outlet'}>
      <th scope="row" className="outlet-name">
        <span className="outlet-title">{outlet.name}</span>
        {href && (
          <a className="outlet-site" href={href} target="_blank" rel="noopener noreferrer">
            {hostOf(outlet.homepage)}
          </a>
        )}
      </th>
      <td>
        {countryName(outlet.country)}
        {outlet.focus.length > 0 && (
          <span className="outlet-focus">{i18n.t('catalogue.covers', [outlet.focus.map(countryName).join(', ')])}</span>
        )}
      </td>
      <td>{languageName(outlet.language)}</td>
      <td>
        <span className="outlet-kind">
          <span className="tag">{ownershipName(outlet.ownership)}</span>
          {outlet.stateAffiliated && <span className="tag state">{i18n.t('catalogue.stateAffiliated')}</span>}
        </span>
      </td>
      <td className="outlet-action">
        {added ? (
          <button
            type="button"
            className="secondary"
            disabled={busy}
            onClick={onRemove}
            aria-label={i18n.t('catalogue.removeOutlet', [outlet.name])}
          >
            {busy ? i18n.t('catalogue.removing') : i18n.t('catalogue.remove')}
          </button>
        ) : (
          <button
            type="button"
            className="add"
            disabled={busy}
            onClick={onAdd}
            aria-label={i18n.t('catalogue.addOutlet', [outlet.name])}
          >
            {busy ? i18n.t('catalogue.adding') : i18n.t('catalogue.add')}
          </button>
        )}
      </td>
    </tr>
  );
}
