import { useCallback, useEffect, useState } from 'react';
import type { Result, TabContext } from '../utils/messages';
import type { ContextState } from './ContextView';

/**
 * Loads a tab's context once on mount (and again on `reload`), as a ContextState.
 * `load` is injected so the popup asks about a tab id and the sidebar about its own tab.
 */
export function useTabContext(load: () => Promise<Result<TabContext>>): { state: ContextState; reload: (options?: { quiet?: boolean }) => void } {
  const [state, setState] = useState<ContextState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    load().then(
      (result) => {
        if (!live) return;
        setState(result.ok ? { status: 'ready', context: result.value } : { status: 'error', message: result.error });
      },
      (error: unknown) => {
        if (live) setState({ status: 'error', message: String(error) });
      },
    );
    return () => {
      live = false; // a late answer for an unmounted view is dropped
    };
  }, [load, attempt]);
  // A quiet reload keeps showing the current context until the new one arrives (no spinner, scroll kept).
  const reload = useCallback((options?: { quiet?: boolean }) => {
    if (!options?.quiet) setState({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);
  return { state, reload };
}
