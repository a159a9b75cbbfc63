// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import type { RefreshStatus } from '../utils/messages';
import { StorageFullBanner } from './RefreshProgress';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const status = (storageFull: RefreshStatus['storageFull']): RefreshStatus => ({
  run: null,
  storyCount: 12,
  sourceCount: 2,
  failing: 0,
  nextScheduledAt: null,
  storageFull,
});

function render(value: RefreshStatus): HTMLElement {
  const host = document.createElement('div');
  act(() => createRoot(host).render(<StorageFullBanner status={value} />));
  return host;
}

describe('StorageFullBanner', () => {
  it('says what the full disk refused, that nothing stored was lost, and how to make room', () => {
    const alert = render(status({ at: Date.now() - 3 * 60_000, during: 'stories' })).querySelector('[role="alert"]');
    expect(alert?.textContent).toBe(
      'The storage space your browser allows Sidelight is full: new stories from your feeds could not be saved (3 minutes ago). Nothing stored before was lost. To make room, remove sources you no longer read, or lower “Keep stories for (days)” or “Keep at most (stories)” under Settings; the next refresh then stores new stories again.',
    );
  });

  it('shows nothing while there is room', () => {
    expect(render(status(null)).textContent).toBe('');
  });
});
