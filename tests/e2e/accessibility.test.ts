import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { withFixtureFeeds } from '../support/add-feeds';
import { tabIdOf, SCREENSHOT_DIR } from '../support/launch';
import { waitForSidebarHeading } from '../support/ax';
import { axePage, axeSidebar, describeViolations, unacceptable, type AxeReport } from '../support/axe';

/** axe-core on popup, sidebar (inside its closed shadow root) and options, in the light and the dark theme. */
describe('accessibility (axe-core)', () => {
  const fixture = withFixtureFeeds({ before, after });

  const check = (where: string, report: AxeReport) => {
    assert.ok(report.inspected >= 20, `${where}: axe looked at ${report.inspected} elements only`);
    const bad = unacceptable(report.violations);
    assert.deepEqual(bad, [], `${where}:\n${describeViolations(bad)}`);
  };

  for (const scheme of ['light', 'dark'] as const) {
    it(`popup, sidebar and options pass in the ${scheme} theme`, async () => {
      const url = `${fixture.server.origin}/article.html?axe=${scheme}`;
      const article = await fixture.browser.context.newPage();
      await article.emulateMedia({ colorScheme: scheme });
      await article.goto(url);
      const popup: Page = await fixture.browser.context.newPage();
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.setViewportSize({ width: 420, height: 600 });
      await popup.goto(fixture.browser.url(`popup.html?tabId=${await tabIdOf(fixture.browser, url)}`));
      await popup.getByRole('heading', { name: 'Same story' }).waitFor({ timeout: 15_000 });
      await popup.getByRole('heading', { name: 'Coverage' }).waitFor();
      check(`popup (${scheme})`, await axePage(popup));
      await popup.screenshot({ path: path.join(SCREENSHOT_DIR, `popup-${scheme}.png`) });

      await popup.getByRole('button', { name: 'Open sidebar' }).click();
      await waitForSidebarHeading(article, 'Coverage');
      check(`sidebar (${scheme})`, await axeSidebar(article));
      await article.mouse.move(10, 10); // no hover on the sidebar's edge in the picture
      await article.screenshot({ path: path.join(SCREENSHOT_DIR, `sidebar-${scheme}.png`) });

      const options = await fixture.browser.context.newPage();
      await options.emulateMedia({ colorScheme: scheme });
      await options.goto(fixture.browser.url('options.html'));
      await options.getByRole('listitem').first().waitFor();
      check(`options (${scheme})`, await axePage(options));
      await options.screenshot({ path: path.join(SCREENSHOT_DIR, `options-${scheme}.png`) });
      await Promise.all([popup.close(), article.close(), options.close()]);
    });
  }
});
