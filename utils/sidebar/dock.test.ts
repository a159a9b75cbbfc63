// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { DEFAULT_WIDTH, MAX_WIDTH, MIN_WIDTH, clampWidth, fitsBeside, initialMode, narrowPage } from './dock';

describe('the sidebar beside the page', () => {
  it('docks where the page keeps 640 px, else starts as a tab', () => {
    expect(initialMode(1280, 360)).toBe('docked');
    expect(fitsBeside(1000, 360)).toBe(true);
    expect(initialMode(999, 360)).toBe('collapsed');
    expect(initialMode(420, 360)).toBe('collapsed');
  });

  it('keeps a dragged width within bounds and within what the window leaves', () => {
    expect(clampWidth(100, 1600)).toBe(MIN_WIDTH);
    expect(clampWidth(2000, 1600)).toBe(MAX_WIDTH);
    expect(clampWidth(500, 1000)).toBe(360); // 1000 − 640
    expect(clampWidth(Number.NaN, 1600)).toBe(DEFAULT_WIDTH);
    expect(clampWidth(400, 700)).toBe(MIN_WIDTH); // a narrow window: the smallest sidebar, over the page
  });

  it('narrows the page on screen only, and gives the room back', () => {
    narrowPage(document, 360);
    const style = document.getElementById('sidelight-dock');
    expect(style?.textContent).toContain('@media screen { html { margin-right: 360px !important; } }');
    expect(style?.textContent).toContain(
      '@media print, (display-mode: fullscreen) { html { margin-right: 0 !important; } }',
    );
    narrowPage(document, 420);
    expect(document.querySelectorAll('#sidelight-dock')).toHaveLength(1);
    expect(document.getElementById('sidelight-dock')?.textContent).toContain('420px');
    narrowPage(document, 0);
    expect(document.getElementById('sidelight-dock')).toBeNull();
  });
});
