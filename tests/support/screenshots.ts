import type { Locator, Page } from 'playwright-core';

/**
 * A screenshot of one element taller than the window as a reader sees it: the window is made as tall as the
 * page for the shot, so nothing scrolls and the sticky brand bar stays at the top where it belongs (a shot of
 * a tall element in a short window is stitched while scrolling, with the bar painted across its middle).
 */
export async function screenshotElement(page: Page, element: Locator, file: string): Promise<void> {
  const viewport = page.viewportSize();
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  if (viewport && height > viewport.height) await page.setViewportSize({ width: viewport.width, height });
  try {
    await page.evaluate(() => window.scrollTo(0, 0));
    await element.screenshot({ path: file });
  } finally {
    if (viewport && height > viewport.height) await page.setViewportSize(viewport);
  }
}
