/**
 * Test builds only: named points where the worker can be held so an end-to-end test can stop it there (the
 * fault tests in tests/e2e/faults.test.ts). A test arms a point through `self.sidelightFaults` in the worker;
 * the worker, on reaching it, records that and waits until released (or stopped). Held inside a transaction,
 * it keeps the transaction alive with small reads, so the stop lands in the middle of that write. Production
 * builds replace `import.meta.env.MODE` at build time: the control is dropped, and each point is a call that
 * returns at once.
 */

/** Where the worker can be held. */
export type FaultPoint =
  /** New sources are saved; their first fetch is not yet asked for. */
  | 'import:sources-saved'
  /** A refreshed source's stories are stored; its outcome (validators, health, "done") is not. */
  | 'refresh:stories-saved'
  /** Inside the pruning transaction, after its deletions, before it commits. */
  | 'prune:in-transaction'
  /** Inside the removal of a source, after its stories are deleted, before it commits. */
  | 'remove-source:in-transaction'
  /** Inside the match index's save, before the write. */
  | 'index-save:in-transaction';

/** The control a test reaches as `self.sidelightFaults` (test builds). */
interface FaultControl {
  armed: Set<string>;
  reached: string[];
  released: boolean;
  arm(point: FaultPoint): void;
  release(): void;
}

function control(): FaultControl {
  const scope = globalThis as { sidelightFaults?: FaultControl };
  return (scope.sidelightFaults ??= {
    armed: new Set(),
    reached: [],
    released: false,
    arm(point) {
      this.armed.add(point);
      this.released = false;
    },
    release() {
      this.released = true;
    },
  });
}

const pause = () => new Promise((resolve) => setTimeout(resolve, 20));

/**
 * Holds the worker at `point` when a test armed it (test builds only); otherwise returns at once. `keepAlive`
 * issues a small read in the open transaction, so the transaction stays active while the worker waits.
 */
export async function faultPoint(point: FaultPoint, keepAlive?: () => Promise<unknown>): Promise<void> {
  if (import.meta.env.MODE !== 'test') return;
  const faults = (globalThis as { sidelightFaults?: FaultControl }).sidelightFaults ?? control();
  if (!faults.armed.has(point)) return;
  faults.armed.delete(point);
  faults.reached.push(point);
  while (!faults.released) await (keepAlive ? keepAlive() : pause());
}

/** Installs `self.sidelightFaults` so a test can arm points before any is reached (test builds only). */
export function installFaultControl(): void {
  if (import.meta.env.MODE === 'test') control();
}
