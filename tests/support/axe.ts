import { createRequire } from 'node:module';
import type { CDPSession, Page } from 'playwright-core';

/**
 * axe-core (MPL-2.0, a devDependency) run on Sidelight's pages: the popup and options pages as any page, and the
 * sidebar inside its closed shadow root, which page script cannot reach. The test build keeps that root on the
 * content script's isolated-world global (entrypoints/sidebar.content/instance.ts); axe runs in that isolated
 * world (found through the DevTools protocol), where the host's `shadowRoot` is pointed at it for axe alone.
 */

const axeSource = (createRequire(import.meta.url)('axe-core') as { source: string }).source;

/** One rule axe found broken, with where. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** What axe found: the violations, and how many elements it checked (to tell a real run from an empty one). */
export interface AxeReport {
  violations: AxeViolation[];
  inspected: number;
}

/** WCAG 2.1 A and AA (contrast AA included) and axe's best practices (landmarks, headings). */
const RUN_OPTIONS = { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } };

/** Runs in the page (or isolated world): axe over `root`, reduced to what a test message needs. */
const runAxeIn = (root: string) => `(async () => {
  const result = await axe.run(${root}, ${JSON.stringify(RUN_OPTIONS)});
  const violations = result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => JSON.stringify(n.target)) }));
  // How many elements passed some rule: a run that saw nothing (a root it could not enter) must not pass.
  const inspected = new Set(result.passes.flatMap((p) => p.nodes.map((n) => JSON.stringify(n.target)))).size;
  return JSON.stringify({ violations, inspected });
})()`;

/** axe over a whole extension page (popup, options). */
export async function axePage(page: Page): Promise<AxeReport> {
  await page.evaluate(axeSource);
  return JSON.parse(await page.evaluate(runAxeIn('document'))) as AxeReport;
}

/** The Sidelight content scripts' isolated world in the page's main frame. */
async function isolatedWorld(cdp: CDPSession): Promise<number> {
  const contexts: { id: number; name: string; auxData?: { type?: string; isDefault?: boolean } }[] = [];
  cdp.on('Runtime.executionContextCreated', (event: { context: (typeof contexts)[number] }) =>
    contexts.push(event.context),
  );
  await cdp.send('Runtime.enable'); // reports every existing context
  await cdp.send('Runtime.disable');
  const world = contexts.find((c) => c.auxData?.type === 'isolated' && c.name === 'Sidelight');
  if (!world)
    throw new Error(
      `no Sidelight isolated world in the page (contexts: ${contexts.map((c) => c.name || c.auxData?.type).join(', ')})`,
    );
  return world.id;
}

/** axe inside the sidebar's closed shadow root (test builds only). */
export async function axeSidebar(page: Page): Promise<AxeReport> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const contextId = await isolatedWorld(cdp);
    const evaluate = async (expression: string) => {
      const reply = (await cdp.send('Runtime.evaluate', {
        expression,
        contextId,
        awaitPromise: true,
        returnByValue: true,
      })) as {
        result: { value?: unknown };
        exceptionDetails?: { exception?: { description?: string }; text: string };
      };
      if (reply.exceptionDetails)
        throw new Error(reply.exceptionDetails.exception?.description ?? reply.exceptionDetails.text);
      return reply.result.value;
    };
    await evaluate(axeSource);
    const setup = `(() => {
      const shadow = globalThis.sidelightTestShadow;
      if (!shadow) throw new Error('no sidebar shadow root: is this a test build with the sidebar open?');
      Object.defineProperty(shadow.host, 'shadowRoot', { value: shadow, configurable: true });
      return true;
    })()`;
    await evaluate(setup);
    return JSON.parse(String(await evaluate(runAxeIn('globalThis.sidelightTestShadow.host')))) as AxeReport;
  } finally {
    await cdp.detach();
  }
}

/**
 * Moderate or minor findings accepted, each with its reason in words. Serious and critical ones are never
 * accepted.
 */
export const ACCEPTED: Record<string, string> = {};

/** What must fail a test: serious or critical findings, and lesser ones without a reason in {@link ACCEPTED}. */
export function unacceptable(violations: AxeViolation[]): AxeViolation[] {
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical' || !(v.id in ACCEPTED));
}

/** One line per finding, for an assertion's message. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations.map((v) => `${v.impact ?? '?'} ${v.id}: ${v.help} — ${v.targets.slice(0, 3).join(' ')}`).join('\n');
}
