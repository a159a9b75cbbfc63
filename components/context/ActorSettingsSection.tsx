import { useEffect, useMemo, useState, type FormEvent } from 'react';
import type { ActorSettings } from '../../utils/context/actor-settings';
import { LEADERS, LEADERS_AS_OF } from '../../utils/context/data/leaders';
import { applyCorrections, gazetteerFor } from '../../utils/context/gazetteer';
import { ErrorLine } from '../Feedback';

/** How the section reads and saves the reader's actor settings (storage, injected). */
export interface ActorSettingsApi {
  load(): Promise<ActorSettings>;
  save(settings: ActorSettings): Promise<void>;
}

const asOf = new Date(`${LEADERS_AS_OF}T00:00:00Z`).toLocaleDateString(undefined, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** Options page section "Actors": pinned actors, and corrections to the leaders list. */
export function ActorSettingsSection({ api }: { api: ActorSettingsApi }) {
  const gazetteer = gazetteerFor([]);
  const actors = useMemo(() => [...gazetteer.actors.values()].sort((a, b) => a.name.localeCompare(b.name)), [gazetteer]);
  const [settings, setSettings] = useState<ActorSettings | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pin, setPin] = useState('');
  const [person, setPerson] = useState({ name: '', actor: '', role: '' });

  useEffect(() => {
    api.load().then(setSettings, (e: unknown) => setError(`Your actor settings could not be read (${String(e)}). Reload this page.`));
  }, [api]);

  const update = async (next: ActorSettings) => {
    try {
      await api.save(next);
      setSettings(next);
      setError(null);
    } catch (e) {
      setError(`The change was not saved (${String(e)}). Try again.`);
    }
  };
  const nameOf = (id: string | null) => (id ? (gazetteer.actor(id)?.name ?? id) : 'no one');

  if (!settings) return <section className="actor-settings">{error ? <ErrorLine>{error}</ErrorLine> : <p role="status">Loading actors…</p>}</section>;

  const addPin = (event: FormEvent) => {
    event.preventDefault();
    const id = gazetteer.resolve(pin);
    if (!id) return setError(`Sidelight does not know "${pin}". Pick a country or organisation from the list.`);
    if (!settings.pinned.includes(id)) void update({ ...settings, pinned: [...settings.pinned, id] });
    setPin('');
  };
  const addPerson = (event: FormEvent) => {
    event.preventDefault();
    const id = gazetteer.resolve(person.actor);
    if (person.name.trim().length === 0) return setError('Give the person’s name.');
    if (!id) return setError(`Sidelight does not know "${person.actor}". Pick a country or organisation from the list.`);
    const rest = settings.people.filter((p) => p.name.toLowerCase() !== person.name.trim().toLowerCase());
    void update({ ...settings, people: [...rest, { name: person.name.trim(), actor: id, role: person.role.trim() || 'Official' }] });
    setPerson({ name: '', actor: '', role: '' });
  };
  const current = applyCorrections(LEADERS, settings.people);

  return (
    <section className="actor-settings" aria-labelledby="actors-heading">
      <h2 id="actors-heading">Actors</h2>
      <p className="lede">Countries and organisations you always want a stake card for, and the people Sidelight ties to them.</p>
      {error && (
        <ErrorLine>{error}</ErrorLine>
      )}
      <datalist id="actor-names">
        {actors.map((a) => (
          <option key={a.id} value={a.name} />
        ))}
      </datalist>
      <form className="add-source" onSubmit={addPin}>
        <label htmlFor="pin-actor">Pin an actor</label>
        <div className="row">
          <input id="pin-actor" list="actor-names" value={pin} onChange={(e) => setPin(e.target.value)} placeholder="China, NATO, European Union…" />
          <button type="submit">Pin</button>
        </div>
      </form>
      {/* Chips and tables, not list items: on this page list items are the reader's sources. */}
      <p className="pinned">
        {settings.pinned.length === 0 ? (
          <span className="muted">Nothing pinned: cards follow the article.</span>
        ) : (
          settings.pinned.map((id) => (
            <button
              key={id}
              type="button"
              className="chip"
              aria-label={`Unpin ${nameOf(id)}`}
              onClick={() => void update({ ...settings, pinned: settings.pinned.filter((p) => p !== id) })}
            >
              {nameOf(id)} <span aria-hidden="true">✕</span>
            </button>
          ))
        )}
      </p>
      <h3>Leaders and officials</h3>
      <p className="footnote">Sidelight&apos;s list is as of {asOf}. Offices change: add or correct a person here (same name replaces).</p>
      <form className="person-form" onSubmit={addPerson}>
        <label>
          Name <input value={person.name} onChange={(e) => setPerson({ ...person, name: e.target.value })} />
        </label>
        <label>
          Country or organisation <input list="actor-names" value={person.actor} onChange={(e) => setPerson({ ...person, actor: e.target.value })} />
        </label>
        <label>
          Role <input value={person.role} onChange={(e) => setPerson({ ...person, role: e.target.value })} placeholder="Foreign minister" />
        </label>
        <button type="submit">Save person</button>
      </form>
      {settings.people.length > 0 && (
        <PeopleTable
          caption="Your corrections"
          rows={settings.people.map((p) => ({ key: p.name, name: p.name, role: p.actor ? p.role : 'not tied to any actor', actor: p.actor ? nameOf(p.actor) : '—' }))}
          action="Undo"
          onAction={(key) => void update({ ...settings, people: settings.people.filter((q) => q.name !== key) })}
        />
      )}
      <details>
        <summary>All {current.length} people Sidelight recognises</summary>
        <PeopleTable
          caption={`People Sidelight ties to countries and organisations, as of ${asOf}`}
          rows={current.map((p) => ({ key: p.name, name: p.name, role: p.role, actor: nameOf(p.actor) }))}
          action="Forget"
          onAction={(key) => void update({ ...settings, people: [...settings.people.filter((q) => q.name !== key), { name: key, actor: null, role: '' }] })}
        />
      </details>
    </section>
  );
}

/** People as a table: name, role, actor, and one action per row. */
function PeopleTable(props: { caption: string; rows: { key: string; name: string; role: string; actor: string }[]; action: string; onAction: (key: string) => void }) {
  return (
    <table className="people">
      <caption>{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Role</th>
          <th scope="col">Country or organisation</th>
          <th scope="col">
            <span className="visually-hidden">Action</span>
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
              <button type="button" className="link-button" aria-label={`${props.action} ${r.name}`} onClick={() => props.onAction(r.key)}>
                {props.action}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
