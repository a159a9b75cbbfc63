/**
 * `npm run check:budgets` (part of `npm test`, after the build): the gzipped size of what a reader's browser
 * loads, against the budgets of issue 11. Prints every size; fails when one is over.
 *
 * - the on-demand extractor (injected on each popup open): ≤ 25 KB
 * - the sidebar content script: ≤ 100 KB
 * - the popup's first-paint JS (every script popup.html loads and every chunk it preloads): ≤ 120 KB
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const dir = path.resolve(process.argv[2] ?? path.join(import.meta.dirname, '../../.output/chrome-mv3-test'));
const KB = 1024;

const gz = async (file: string) => gzipSync(await readFile(path.join(dir, file)), { level: 9 }).length;

/** The scripts popup.html loads before it can paint (popup-early.js, popup-app.js, WXT's own module) and any modulepreloads. */
async function popupScripts(): Promise<string[]> {
  const html = await readFile(path.join(dir, 'popup.html'), 'utf8');
  const refs = [
    ...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="\/?([^"]+\.js)"/g),
  ].map((m) => m[1] ?? '');
  return [...new Set(refs.filter(Boolean))];
}

const checks: { what: string; files: string[]; budget: number }[] = [
  { what: 'extractor (on demand)', files: ['content-scripts/extractor.js'], budget: 25 * KB },
  { what: 'sidebar content script', files: ['content-scripts/sidebar.js'], budget: 100 * KB },
  { what: 'popup first-paint JS', files: await popupScripts(), budget: 120 * KB },
];

let over = 0;
console.log(`Bundle budgets (gzip -9) in ${path.relative(process.cwd(), dir) || dir}:`);
for (const check of checks) {
  const sizes = await Promise.all(check.files.map(gz));
  const total = sizes.reduce((a, b) => a + b, 0);
  const ok = total <= check.budget && check.files.length > 0;
  if (!ok) over++;
  console.log(
    `  ${ok ? 'ok  ' : 'OVER'} ${check.what.padEnd(24)} ${(total / KB).toFixed(1).padStart(6)} KB of ${check.budget / KB} KB  (${check.files.join(', ')})`,
  );
}
if (over > 0) {
  console.error(`${over} bundle(s) over budget`);
  process.exit(1);
}
