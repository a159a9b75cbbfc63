import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { i18n } from '#i18n';
import { MAX_WIDTH, MIN_WIDTH, clampWidth } from '../utils/sidebar/dock';

/** How far one arrow key moves the sidebar's edge. */
const STEP = 24;

/**
 * The sidebar's left edge as a handle: drag it, or focus it and press the arrow keys (Left widens, Right
 * narrows). `onResize` follows the pointer; `onResized` gets the final width once, to remember it.
 */
export function SidebarResizer(props: {
  width: number;
  viewportWidth: () => number;
  onResize: (width: number) => void;
  onResized: (width: number) => void;
}) {
  const dragging = useRef(false);
  const last = useRef(props.width);
  const widthAt = (clientX: number) => clampWidth(props.viewportWidth() - clientX, props.viewportWidth());
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    dragging.current = true;
    event.currentTarget.setPointerCapture(event.pointerId);
    event.preventDefault();
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (!dragging.current) return;
    last.current = widthAt(event.clientX);
    props.onResize(last.current);
  };
  const onPointerUp = (event: PointerEvent<HTMLDivElement>) => {
    if (!dragging.current) return;
    dragging.current = false;
    event.currentTarget.releasePointerCapture(event.pointerId);
    props.onResized(last.current);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const delta = event.key === 'ArrowLeft' ? STEP : event.key === 'ArrowRight' ? -STEP : 0;
    if (delta === 0) return;
    event.preventDefault();
    const next = clampWidth(props.width + delta, props.viewportWidth());
    props.onResize(next);
    props.onResized(next);
  };
  return (
    <div
      className="sidebar-resizer"
      role="separator"
      aria-orientation="vertical"
      aria-label={i18n.t('view.resizeSidebar')}
      aria-valuenow={props.width}
      aria-valuemin={MIN_WIDTH}
      aria-valuemax={MAX_WIDTH}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onKeyDown={onKeyDown}
    />
  );
}
