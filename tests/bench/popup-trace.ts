/**
 * For `npm run bench:popup -- --trace FILE`: records a Chrome trace of one popup open through the DevTools
 * protocol (Tracing domain) and sums what the popup's renderer main thread did, from navigation to the end of the
 * trace, by kind. The file opens in DevTools' Performance panel for the detail.
 */
import { writeFile } from 'node:fs/promises';
import type { BrowserContext } from 'playwright-core';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: Record<string, unknown>;
}

/** What a trace of a popup open records (the scale bench's adds the browser's own and the worker's categories). */
export const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'v8.execute',
  'blink',
  'blink.user_timing',
  'loading',
  'navigation',
  'toplevel',
];

/** The kind each top-level event of interest counts as (nested ones are inside their parent's time). */
const KINDS: Record<string, string> = {
  'V8.CompileCode': 'compile scripts',
  'v8.compile': 'compile scripts',
  'v8.compileModule': 'compile scripts',
  'V8.ParseProgram': 'compile scripts',
  'v8.evaluateModule': 'run scripts (module top levels)',
  EvaluateScript: 'run scripts (module top levels)',
  FunctionCall: 'run scripts (callbacks: React, IPC answers)',
  'v8.callFunction': 'run scripts (callbacks: React, IPC answers)',
  RunMicrotasks: 'run scripts (callbacks: React, IPC answers)',
  ParseHTML: 'parse HTML',
  UpdateLayoutTree: 'style',
  Layout: 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  Commit: 'paint',
  'FrameLoader::CommitNavigation': 'navigation commit (new document, V8 context)',
};

/** Traces `open()` and prints the popup main thread's time by kind; writes the trace to `file`. */
export async function tracePopupOpen(context: BrowserContext, open: () => Promise<void>, file: string): Promise<void> {
  const browser = context.browser();
  if (!browser) throw new Error('no browser to trace');
  const cdp = await browser.newBrowserCDPSession();
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: CATEGORIES } });
  await open();
  await cdp.send('Tracing.end');
  await complete;
  await writeFile(file, JSON.stringify({ traceEvents: events }));

  // The popup's renderer: the process whose main thread ran the popup's chunks.
  const mains = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && (e.args?.name as string) === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  // popup-app.js since the popup became one script; /chunks/ for builds before it (`--compare`).
  const runsChunks = (e: TraceEvent) => /popup-app\.js|\/chunks\//.test(JSON.stringify(e.args ?? {}));
  const popupMain = [...mains].find((m) => events.some((e) => `${e.pid}:${e.tid}` === m && runsChunks(e)));
  if (!popupMain) {
    console.log(`trace written to ${file}; the popup's renderer was not found in it`);
    return;
  }
  const main = events.filter((e) => `${e.pid}:${e.tid}` === popupMain).sort((a, b) => a.ts - b.ts);
  const start = main.filter((e) => e.name === 'navigationStart').at(-1)?.ts ?? main[0]?.ts ?? 0;
  const end = Math.max(...main.map((e) => e.ts + (e.dur ?? 0)));
  const byKind = new Map<string, number>();
  let coveredUntil = 0;
  for (const e of main) {
    const kind = KINDS[e.name];
    if (e.ph !== 'X' || !kind || e.ts < start || e.ts < coveredUntil) continue;
    byKind.set(kind, (byKind.get(kind) ?? 0) + (e.dur ?? 0));
    coveredUntil = e.ts + (e.dur ?? 0);
  }
  const busy = [...byKind.values()].reduce((a, b) => a + b, 0);
  const msOf = (us: number) => `${(us / 1000).toFixed(1)} ms`;
  console.log(
    `trace of one open (${file}): popup main thread, navigation to the heading's frame, ${msOf(end - start)}`,
  );
  for (const [kind, us] of [...byKind].sort((a, b) => b[1] - a[1])) console.log(`  ${kind.padEnd(52)} ${msOf(us)}`);
  console.log(`  ${'other work and waiting (IPC, the worker, loading)'.padEnd(52)} ${msOf(end - start - busy)}`);
}
