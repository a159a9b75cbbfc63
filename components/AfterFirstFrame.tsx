import { useEffect, useState, type ReactNode } from 'react';

/** A page that gets no frames (a hidden tab) still renders the rest after this long. */
const HIDDEN_PAGE_MS = 100;

/**
 * Renders its children once the view's first frame is on screen: the first frame carries only what sits at the
 * top (the article and Same story), so React and the browser's layout do not hold it back for the sections below
 * it, which then appear beneath without moving anything the reader already sees. `when={false}`: at once.
 */
export function AfterFirstFrame({ children, when = true }: { children: ReactNode; when?: boolean }) {
  const [shown, setShown] = useState(!when);
  useEffect(() => {
    if (shown) return;
    const show = () => setShown(true);
    // A timer set from a frame callback runs after that frame is painted.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(show, 0);
    });
    const fallback = setTimeout(show, HIDDEN_PAGE_MS);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      clearTimeout(fallback);
    };
  }, [shown]);
  return shown ? children : null;
}
