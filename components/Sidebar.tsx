import { useCallback, useEffect, useRef, type KeyboardEvent } from 'react';
import { ask } from '../utils/messages';
import { ContextView } from './ContextView';
import { useTabContext } from './useTabContext';
import { Brand } from './Brand';
import { highlightQuote } from '../utils/context/highlight';
import type { Quote } from '../utils/context/types';

/** The sidebar lives in the page: it selects the sentence itself, or follows the text-fragment link. */
function showInPage(quote: Quote) {
  if (!highlightQuote(quote.text)) location.assign(quote.href);
}

/** The sidebar docked in the page: the same context as the popup, with Close sidebar. */
export function Sidebar({
  onClose,
  onOpenOptions,
  onAddSources,
  takeFocus = false,
}: {
  onClose: () => void;
  onOpenOptions: () => void;
  onAddSources: () => void;
  /** Opened from the keyboard: the sidebar takes the focus, so Tab and Escape work at once. */
  takeFocus?: boolean;
}) {
  const load = useCallback(() => ask('getOwnTabContext'), []);
  const { state } = useTabContext(load);
  const self = useRef<HTMLElement>(null);
  useEffect(() => {
    if (takeFocus) self.current?.focus();
  }, [takeFocus]);
  // Escape closes it while the focus is inside (the page's own Escape handlers never see the key otherwise).
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    }
  };
  return (
    <aside className="view sidebar" aria-label="Sidelight" ref={self} tabIndex={-1} onKeyDown={onKeyDown}>
      <Brand>
        <button type="button" className="icon" onClick={onClose} aria-label="Close sidebar" title="Close sidebar">
          ✕
        </button>
      </Brand>
      {/* Not <main>: the page has its own main landmark, and this is a complementary one inside it. */}
      <div className="content">
        <ContextView state={state} onOpenOptions={onOpenOptions} onAddSources={onAddSources} now={Date.now()} onShowQuote={showInPage} />
      </div>
    </aside>
  );
}
