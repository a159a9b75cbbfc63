import type { ReactNode } from 'react';

/** The top bar every Sidelight view shares: the name, and the view's own buttons on the right. */
export function Brand({ children }: { children?: ReactNode }) {
  return (
    <div className="brand">
      <span className="brand-name">
        <span className="brand-mark" aria-hidden="true" />
        Sidelight
      </span>
      <span className="brand-actions">{children}</span>
    </div>
  );
}
