import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { i18n } from '#i18n';
import { ask } from '../utils/messages';
import { ContextView } from './ContextView';
import { useTabContext } from './useTabContext';
import { Brand } from './Brand';
import { SidebarResizer } from './SidebarResizer';
import { highlightQuote } from '../utils/context/highlight';
import { clampWidth, fitsBeside, initialMode, type DockMode } from '../utils/sidebar/dock';
import type { Quote } from '../utils/context/types';

/** The sidebar lives in the page: it selects the sentence itself, or follows the text-fragment link. */
function showInPage(quote: Quote) {
  if (!highlightQuote(quote.text)) location.assign(quote.href);
}

/** What the sidebar needs from the page it is docked in (entrypoints/sidebar.content wires these). */
export interface SidebarDock {
  /** The width the reader chose for this site, or the default. */
  width: number;
  /** The window's width now. */
  viewportWidth: () => number;
  /** Lays the page out for the sidebar: narrowed when docked, untouched otherwise. */
  layout: (mode: DockMode, width: number) => void;
  /** The reader dragged the sidebar to a new width: remember it for the site. */
  rememberWidth: (width: number) => void;
}

/**
 * The sidebar docked in the page: the same context as the popup, with Close sidebar. Docked beside the
 * narrowed page when there is room, else a slim tab that opens over the page; resizable by its left edge.
 */
export function Sidebar({
  onClose,
  onOpenOptions,
  onAddSources,
  takeFocus = false,
  dock,
}: {
  onClose: () => void;
  onOpenOptions: () => void;
  onAddSources: () => void;
  /** Opened from the keyboard: the sidebar takes the focus, so Tab and Escape work at once. */
  takeFocus?: boolean;
  dock: SidebarDock;
}) {
  const load = useCallback(() => ask('getOwnTabContext'), []);
  const { state } = useTabContext(load);
  const [width, setWidth] = useState(() => clampWidth(dock.width, dock.viewportWidth()));
  // Opened from the keyboard, it opens even where there is no room (over the page): the reader asked for it now.
  const [mode, setMode] = useState<DockMode>(() => {
    const start = initialMode(dock.viewportWidth(), width);
    return start === 'collapsed' && takeFocus ? 'overlay' : start;
  });
  const self = useRef<HTMLElement>(null);
  const tabButton = useRef<HTMLButtonElement>(null);
  const switched = useRef(false);
  useEffect(() => {
    if (takeFocus) self.current?.focus();
  }, [takeFocus]);
  // The button pressed disappears with the switch: the focus follows (to the tab, or into the opened sidebar).
  useEffect(() => {
    if (!switched.current) return;
    if (mode === 'collapsed') tabButton.current?.focus();
    else self.current?.focus();
  }, [mode]);
  const switchTo = (next: DockMode) => {
    switched.current = true;
    setMode(next);
  };
  useEffect(() => dock.layout(mode, width), [dock, mode, width]);
  // A window made too narrow folds the docked sidebar to its tab rather than squeezing the article.
  useEffect(() => {
    const onResize = () => {
      if (mode === 'docked' && !fitsBeside(dock.viewportWidth(), width)) setMode('collapsed');
    };
    addEventListener('resize', onResize);
    return () => removeEventListener('resize', onResize);
  }, [dock, mode, width]);
  const expand = () => switchTo(fitsBeside(dock.viewportWidth(), width) ? 'docked' : 'overlay');
  // Escape closes it while the focus is inside (the page's own Escape handlers never see the key otherwise).
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    }
  };
  if (mode === 'collapsed') {
    return (
      <aside
        className="view sidebar collapsed"
        aria-label={i18n.t('view.brand')}
        ref={self}
        tabIndex={-1}
        onKeyDown={onKeyDown}
      >
        <button type="button" className="sidebar-tab" aria-expanded="false" onClick={expand} ref={tabButton}>
          <span className="brand-mark" aria-hidden="true" />
          <span className="sidebar-tab-label">{i18n.t('view.openSidebar')}</span>
        </button>
      </aside>
    );
  }
  return (
    <aside
      className={`view sidebar ${mode}`}
      aria-label={i18n.t('view.brand')}
      ref={self}
      tabIndex={-1}
      onKeyDown={onKeyDown}
      style={{ width: `${width}px` }}
    >
      <Brand>
        <button
          type="button"
          className="icon"
          onClick={() => switchTo('collapsed')}
          aria-label={i18n.t('view.collapseSidebar')}
          title={i18n.t('view.collapseSidebar')}
          aria-expanded="true"
        >
          ›
        </button>
        <button
          type="button"
          className="icon"
          onClick={onClose}
          aria-label={i18n.t('view.closeSidebar')}
          title={i18n.t('view.closeSidebar')}
        >
          ✕
        </button>
      </Brand>
      {/* Not <main>: the page has its own main landmark, and this is a complementary one beside it. */}
      <div className="content">
        <ContextView
          state={state}
          onOpenOptions={onOpenOptions}
          onAddSources={onAddSources}
          now={Date.now()}
          onShowQuote={showInPage}
          progressive
        />
      </div>
      {/* Last in the Tab order: the reader meets the view's own controls first. */}
      <SidebarResizer
        width={width}
        viewportWidth={dock.viewportWidth}
        onResize={setWidth}
        onResized={(w) => {
          dock.rememberWidth(w);
          if (mode === 'overlay' && fitsBeside(dock.viewportWidth(), w)) setMode('docked');
        }}
      />
    </aside>
  );
}
