import { useCallback, useEffect, useState } from 'react';
import type { Result, TabContext } from '../utils/messages';
import type { ContextState } from './ContextView';
import type { CachedContext } from '../utils/background/context-cache';
import { say } from './said';

/** A kept answer to paint at once, and how to ask whether it is still current (null when it is). */
export interface KeptContext {
  read: () => Promise<CachedContext | null>;
  refresh: (token: string) => Promise<Result<TabContext | null>>;
  /**
   * The kept answer when it was read before the view mounted (null: there is none); painted in the first
   * render. Undefined: not read yet, so `read` is called.
   */
  initial?: CachedContext | null;
}

/**
 * Loads a tab's context once on mount (and again on `reload`), as a ContextState.
 * `load` is injected so the popup asks about a tab id and the sidebar about its own tab. With `kept`, a kept
 * answer is painted first (no wait for the worker), then replaced if the feeds changed since.
 */
export function useTabContext(
  load: () => Promise<Result<TabContext>>,
  kept?: KeptContext,
): { state: ContextState; reload: (options?: { quiet?: boolean }) => void } {
  const [state, setState] = useState<ContextState>(() =>
    kept?.initial ? { status: 'ready', context: kept.initial.context } : { status: 'loading' },
  );
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    const fromKept = async (): Promise<Result<TabContext>> => {
      const source = attempt === 0 ? kept : undefined; // a reload always asks the worker
      const hit = !source
        ? null
        : source.initial !== undefined
          ? source.initial
          : await source.read().catch(() => null);
      if (!source || !hit) return load();
      if (live && source.initial !== hit) setState({ status: 'ready', context: hit.context });
      const newer = await source.refresh(hit.token).catch(() => null);
      // Not current any more: the fresh answer; current, or the check failed: the kept one stays.
      return newer?.ok && newer.value ? { ok: true, value: newer.value } : { ok: true, value: hit.context };
    };
    fromKept().then(
      (result) => {
        if (!live) return;
        // The kept answer still current: the same object, so nothing renders twice.
        setState((prev) =>
          !result.ok
            ? { status: 'error', message: say(result.error) }
            : prev.status === 'ready' && prev.context === result.value
              ? prev
              : { status: 'ready', context: result.value },
        );
      },
      (error: unknown) => {
        if (live) setState({ status: 'error', message: String(error) });
      },
    );
    return () => {
      live = false; // a late answer for an unmounted view is dropped
    };
  }, [load, kept, attempt]);
  // A quiet reload keeps showing the current context until the new one arrives (no spinner, scroll kept).
  const reload = useCallback((options?: { quiet?: boolean }) => {
    if (!options?.quiet) setState({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);
  return { state, reload };
}
