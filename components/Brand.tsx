import type { ReactNode } from 'react';

/** The top bar every Sidelight view shares (a banner landmark on a page of its own): the name, and the view's own buttons. */
export function Brand({ children }: { children?: ReactNode }) {
  return (
    <header className="brand">
      <span className="brand-name">
        <span className="brand-mark" aria-hidden="true" />
        Sidelight
      </span>
      <span className="brand-actions">{children}</span>
    </header>
  );
}
