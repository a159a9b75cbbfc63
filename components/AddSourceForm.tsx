import { useId, useState, type FormEvent } from 'react';

/** What the form reports after an attempt: added (with a message) or an error sentence. */
export type AddOutcome = { ok: true; message: string } | { ok: false; error: string };

/**
 * The **Feed URL** field and **Add source** button. The input is kept when adding fails, so nothing the
 * user typed is lost; the error says what happened and what to do.
 */
export function AddSourceForm({ onAdd }: { onAdd: (url: string) => Promise<AddOutcome> }) {
  const [url, setUrl] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<AddOutcome | null>(null);
  const inputId = useId();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setOutcome(null);
    const result = await onAdd(url);
    setBusy(false);
    setOutcome(result);
    if (result.ok) setUrl('');
  };
  return (
    <form className="add-source" onSubmit={(e) => void submit(e)}>
      <label htmlFor={inputId}>Feed URL</label>
      <div className="row">
        <input
          id={inputId}
          type="url"
          inputMode="url"
          placeholder="https://example.com/rss.xml"
          value={url}
          onChange={(e) => setUrl(e.target.value)}
          required
          disabled={busy}
        />
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Adding…' : 'Add source'}
        </button>
      </div>
      {outcome &&
        (outcome.ok ? (
          <p className="notice" role="status">
            {outcome.message}
          </p>
        ) : (
          <p className="state-error" role="alert">
            {outcome.error}
          </p>
        ))}
    </form>
  );
}
