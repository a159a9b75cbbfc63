import type { ReactNode } from 'react';
import { i18n } from '#i18n';

/** The top bar every Sidelight view shares (a banner landmark on a page of its own): the name, and the view's own buttons. */
export function Brand({ children }: { children?: ReactNode }) {
  return (
    <header className="brand">
      <span className="brand-name">
        <span className="brand-mark" aria-hidden="true" />
        {i18n.t('view.brand')}
      </span>
      <span className="brand-actions">{children}</span>
    </header>
  );
}
