import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { i18n } from '#i18n';
import { formatCount } from '../../utils/format/plural';
import type { ActorSettings } from '../../utils/context/actor-settings';
import { LEADERS, LEADERS_AS_OF } from '../../utils/context/data/leaders';
import { applyCorrections, gazetteerFor } from '../../utils/context/gazetteer';
import { ErrorLine } from '../Feedback';

/** How the section reads and saves the reader's actor settings (storage, injected). */
export interface ActorSettingsApi {
  load(): Promise<ActorSettings>;
  save(settings: ActorSettings): Promise<void>;
}

const asOf = new Date(`${LEADERS_AS_OF}T00:00:00Z`).toLocaleDateString(undefined, {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** Options page section "Actors": pinned actors, and corrections to the leaders list. */
export function ActorSettingsSection({ api }: { api: ActorSettingsApi }) {
  const gazetteer = gazetteerFor([]);
  const actors = useMemo(
    () => [...gazetteer.actors.values()].sort((a, b) => a.name.localeCompare(b.name)),
    [gazetteer],
  );
  const [settings, setSettings] = useState<ActorSettings | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pin, setPin] = useState('');
  const [person, setPerson] = useState({ name: '', actor: '', role: '' });

  useEffect(() => {
    api.load().then(setSettings, (e: unknown) => setError(i18n.t('actors.readFailed', [String(e)])));
  }, [api]);

  const update = async (next: ActorSettings) => {
    try {
      await api.save(next);
      setSettings(next);
      setError(null);
    } catch (e) {
      setError(i18n.t('actors.saveFailed', [String(e)]));
    }
  };
  const nameOf = (id: string | null) => (id ? (gazetteer.actor(id)?.name ?? id) : i18n.t('actors.noOne'));

  if (!settings)
    return (
      <section className="actor-settings">
        {error ? <ErrorLine>{error}</ErrorLine> : <p role="status">{i18n.t('actors.loading')}</p>}
      </section>
    );

  const addPin = (event: FormEvent) => {
    event.preventDefault();
    const id = gazetteer.resolve(pin);
    if (!id) return setError(i18n.t('actors.unknown', [pin]));
    if (!settings.pinned.includes(id)) void update({ ...settings, pinned: [...settings.pinned, id] });
    setPin('');
  };
  const addPerson = (event: FormEvent) => {
    event.preventDefault();
    const id = gazetteer.resolve(person.actor);
    if (person.name.trim().length === 0) return setError(i18n.t('actors.giveName'));
    if (!id) return setError(i18n.t('actors.unknown', [person.actor]));
    const rest = settings.people.filter((p) => p.name.toLowerCase() !== person.name.trim().toLowerCase());
    void update({
      ...settings,
      people: [
        ...rest,
        { name: person.name.trim(), actor: id, role: person.role.trim() || i18n.t('actors.defaultRole') },
      ],
    });
    setPerson({ name: '', actor: '', role: '' });
  };
  const current = applyCorrections(LEADERS, settings.people);

  return (
    <section className="actor-settings" aria-labelledby="actors-heading">
      <h2 id="actors-heading">{i18n.t('actors.heading')}</h2>
      <p className="lede">{i18n.t('actors.lede')}</p>
      {error && <ErrorLine>{error}</ErrorLine>}
      <datalist id="actor-names">
        {actors.map((a) => (
          <option key={a.id} value={a.name} />
        ))}
      </datalist>
      <form className="add-source" onSubmit={addPin}>
        <label htmlFor="pin-actor">{i18n.t('actors.pinLabel')}</label>
        <div className="row">
          <input
            id="pin-actor"
            list="actor-names"
            value={pin}
            onChange={(e) => setPin(e.target.value)}
            placeholder={i18n.t('actors.pinPlaceholder')}
          />
          <button type="submit">{i18n.t('actors.pin')}</button>
        </div>
      </form>
      {/* Chips and tables, not list items: on this page list items are the reader's sources. */}
      <p className="pinned">
        {settings.pinned.length === 0 ? (
          <span className="muted">{i18n.t('actors.nothingPinned')}</span>
        ) : (
          settings.pinned.map((id) => (
            <button
              key={id}
              type="button"
              className="chip"
              aria-label={i18n.t('actors.unpin', [nameOf(id)])}
              onClick={() => void update({ ...settings, pinned: settings.pinned.filter((p) => p !== id) })}
            >
              {nameOf(id)} <span aria-hidden="true">✕</span>
            </button>
          ))
        )}
      </p>
      <h3>{i18n.t('actors.leadersHeading')}</h3>
      <p className="footnote">{i18n.t('actors.asOf', [asOf])}</p>
      <form className="person-form" onSubmit={addPerson}>
        <label>
          {i18n.t('actors.name')}{' '}
          <input value={person.name} onChange={(e) => setPerson({ ...person, name: e.target.value })} />
        </label>
        <label>
          {i18n.t('actors.countryOrOrg')}{' '}
          <input
            list="actor-names"
            value={person.actor}
            onChange={(e) => setPerson({ ...person, actor: e.target.value })}
          />
        </label>
        <label>
          {i18n.t('actors.role')}{' '}
          <input
            value={person.role}
            onChange={(e) => setPerson({ ...person, role: e.target.value })}
            placeholder={i18n.t('actors.rolePlaceholder')}
          />
        </label>
        <button type="submit">{i18n.t('actors.savePerson')}</button>
      </form>
      {settings.people.length > 0 && (
        <PeopleTable
          caption={i18n.t('actors.yourCorrections')}
          rows={settings.people.map((p) => ({
            key: p.name,
            name: p.name,
            role: p.actor ? p.role : i18n.t('actors.notTied'),
            actor: p.actor ? nameOf(p.actor) : '—',
          }))}
          action={i18n.t('actors.undo')}
          onAction={(key) => void update({ ...settings, people: settings.people.filter((q) => q.name !== key) })}
        />
      )}
      <details>
        <summary>{i18n.t('actors.allPeople', [formatCount(current.length)])}</summary>
        <PeopleTable
          caption={i18n.t('actors.peopleCaption', [asOf])}
          rows={current.map((p) => ({ key: p.name, name: p.name, role: p.role, actor: nameOf(p.actor) }))}
          action={i18n.t('actors.forget')}
          onAction={(key) =>
            void update({
              ...settings,
              people: [...settings.people.filter((q) => q.name !== key), { name: key, actor: null, role: '' }],
            })
          }
        />
      </details>
    </section>
  );
}

/** People as a table: name, role, actor, and one action per row. */
function PeopleTable(props: {
  caption: string;
  rows: { key: string; name: string; role: string; actor: string }[];
  action: string;
  onAction: (key: string) => void;
}) {
  return (
    <table className="people">
      <caption>{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{i18n.t('actors.name')}</th>
          <th scope="col">{i18n.t('actors.role')}</th>
          <th scope="col">{i18n.t('actors.countryOrOrg')}</th>
          <th scope="col">
            <span className="visually-hidden">{i18n.t('actors.action')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {props.rows.map((r) => (
          <tr key={r.key}>
            <th scope="row">{r.name}</th>
            <td>{r.role}</td>
            <td>{r.actor}</td>
            <td>
              <button
                type="button"
                className="link-button"
                aria-label={i18n.t('actors.actionFor', [props.action, r.name])}
                onClick={() => props.onAction(r.key)}
              >
                {props.action}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
