import { Fragment, type ReactNode } from 'react';

/**
 * A translated sentence with React elements at its `{name}` places (a bold button name, a code sample), so the
 * sentence stays whole in the locale file and a translation can move the elements. Text stays text.
 */
export function rich(message: string, parts: Record<string, ReactNode>): ReactNode[] {
  return message
    .split(/\{(\w+)\}/)
    .map((piece, i) => (i % 2 === 1 ? <Fragment key={i}>{parts[piece] ?? `{${piece}}`}</Fragment> : piece));
}
