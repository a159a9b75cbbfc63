import { useCallback } from 'react';
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
export function Sidebar({ onClose, onOpenOptions, onAddSources }: { onClose: () => void; onOpenOptions: () => void; onAddSources: () => void }) {
  const load = useCallback(() => ask('getOwnTabContext'), []);
  const { state } = useTabContext(load);
  return (
    <aside className="view sidebar" aria-label="Sidelight">
      <Brand>
        <button type="button" className="icon" onClick={onClose} aria-label="Close sidebar" title="Close sidebar">
          ✕
        </button>
      </Brand>
      <main className="content">
        <ContextView state={state} onOpenOptions={onOpenOptions} onAddSources={onAddSources} now={Date.now()} onShowQuote={showInPage} />
      </main>
    </aside>
  );
}
