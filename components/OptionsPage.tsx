import { useCallback, useEffect, useState } from 'react';
import type { Result, SourceView } from '../utils/messages';
import { parseFeedUrl } from '../utils/feed-url';
import { hostOf } from '../utils/format';
import { AddSourceForm, type AddOutcome } from './AddSourceForm';
import { Brand } from './Brand';
import { SourceList } from './SourceList';
import { LiveSearchOptions } from './search/LiveSearchOptions';

/** What the options page needs from the extension, injected so the page itself stays presentational. */
export interface OptionsApi {
  listSources(): Promise<Result<SourceView[]>>;
  addSource(url: string): Promise<Result<SourceView>>;
  removeSource(id: string): Promise<Result<null>>;
  refreshNow(): Promise<Result<number>>;
  /** Asks the browser for access to a feed's origin; resolves false when the user refuses. */
  requestOrigin(url: string): Promise<boolean>;
  /** Asks for host permissions by match pattern ("https://news.google.com/*"), all in one prompt. */
  requestPermissions(patterns: string[]): Promise<boolean>;
}

/** The options page: add a feed, list sources with their health, refresh now. */
export function OptionsPage({ api }: { api: OptionsApi }) {
  const [sources, setSources] = useState<SourceView[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [refreshing, setRefreshing] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  const reload = useCallback(async () => {
    const result = await api.listSources();
    if (result.ok) {
      setSources(result.value);
      setError(null);
    } else setError(result.error);
  }, [api]);

  useEffect(() => {
    void reload();
  }, [reload]);

  // While any source is refreshing (here or by the schedule), poll so the list shows progress.
  const anyRefreshing = refreshing || (sources ?? []).some((s) => s.refreshing);
  useEffect(() => {
    if (!anyRefreshing) return;
    const timer = setInterval(() => void reload(), 1000);
    return () => clearInterval(timer);
  }, [anyRefreshing, reload]);

  const add = async (input: string): Promise<AddOutcome> => {
    const parsed = parseFeedUrl(input);
    if (!parsed.ok) return parsed;
    // Ask first, inside the click: browsers only show permission prompts during a user gesture.
    const granted = await api.requestOrigin(parsed.url).catch(() => false);
    if (!granted) {
      return { ok: false, error: `Permission for ${hostOf(parsed.url)} was refused, so Sidelight cannot fetch this feed. Add it again and choose Allow.` };
    }
    const result = await api.addSource(parsed.url);
    await reload();
    if (!result.ok) return result;
    return { ok: true, message: `Added ${result.value.title}: ${result.value.storiesStored} stories stored.` };
  };

  const remove = async (id: string) => {
    const result = await api.removeSource(id);
    if (!result.ok) setError(result.error);
    await reload();
  };

  const refresh = async () => {
    setRefreshing(true);
    setNotice(null);
    const result = await api.refreshNow();
    setRefreshing(false);
    await reload();
    if (result.ok) setNotice(result.value === 0 ? 'No sources to refresh yet: add a feed first.' : `Refreshed ${result.value} ${result.value === 1 ? 'source' : 'sources'}.`);
    else setError(result.error);
  };

  return (
    <div className="view options">
      <Brand />
      <main className="content options-content">
        <h1>Sources</h1>
        <p className="lede">
          Sidelight compares the article you are reading with stories from these feeds. Feeds are fetched by your browser
          and kept on this device; nothing about the pages you read is sent anywhere unless you turn on Find more coverage below.
        </p>
        <AddSourceForm onAdd={add} />
        <div className="sources-header">
          <h2>Your sources{sources && sources.length > 0 ? ` (${sources.length})` : ''}</h2>
          <button type="button" className="secondary" onClick={() => void refresh()} disabled={refreshing}>
            {refreshing ? 'Refreshing…' : 'Refresh now'}
          </button>
        </div>
        {notice && (
          <p className="notice" role="status">
            {notice}
          </p>
        )}
        {error && (
          <p className="state-error" role="alert">
            {error}
          </p>
        )}
        {sources === null ? <p role="status">Loading sources…</p> : <SourceList sources={sources} now={Date.now()} onRemove={(id) => void remove(id)} />}
        <LiveSearchOptions requestPermissions={api.requestPermissions} />
      </main>
    </div>
  );
}
