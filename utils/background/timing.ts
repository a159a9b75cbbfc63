/**
 * Names a phase of answering a popup on the worker's performance timeline (`sidelight:<phase>`), so the popup
 * bench can say where the time goes. Only the last measure of each phase is kept: nothing grows.
 */
export function measureSince(phase: string, start: number): void {
  const name = `sidelight:${phase}`;
  performance.clearMeasures(name);
  performance.measure(name, { start, end: performance.now() });
}

/** Runs `work` and measures it as `phase` (see {@link measureSince}). */
export async function timed<T>(phase: string, work: () => Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await work();
  } finally {
    measureSince(phase, start);
  }
}

/** {@link timed} for work that does not wait. */
export function timedSync<T>(phase: string, work: () => T): T {
  const start = performance.now();
  try {
    return work();
  } finally {
    measureSince(phase, start);
  }
}
