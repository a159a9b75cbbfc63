import type { ReactNode } from 'react';

/** A failure the user should read now: what happened and what to do (announced by screen readers). */
export function ErrorLine({ children }: { children: ReactNode }) {
  return (
    <p className="state-error" role="alert">
      {children}
    </p>
  );
}

/** A quiet confirmation of what just happened (announced politely). */
export function Notice({ children }: { children: ReactNode }) {
  return (
    <p className="notice" role="status">
      {children}
    </p>
  );
}
