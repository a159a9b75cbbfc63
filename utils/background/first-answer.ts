/**
 * Start-up work that can wait for a worker's first answer. A worker woken by the popup used to resume the
 * refresh at once: reading the refresh settings and run, and every source twice (502 at scale), on the one
 * thread and against the store, while the popup's own reads, the page's extraction and the saved index's head
 * were under way (a cold popup at 100,000 stories waited on them).
 */
export interface FirstAnswerGate {
  /** Runs `work` once the first answer is out, or once `atLatestMs` have passed since the gate was made. */
  after<T>(work: () => Promise<T>): Promise<T>;
  /** The first answer is out: waiting work runs `renderMs` later (the popup renders it first). */
  answered(): void;
}

/**
 * A gate that opens `renderMs` after the first {@link FirstAnswerGate.answered} (run on the next task, the resume
 * ran beside the popup's render of the answer, on the same 2 cores: a cold small-cache popup took 119.7 ms
 * against 89.1), or after `atLatestMs` (a worker woken by an alarm answers no one).
 */
export function firstAnswerGate(atLatestMs = 1000, renderMs = 300): FirstAnswerGate {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => {
    open = resolve;
    setTimeout(resolve, atLatestMs);
  });
  return {
    after: (work) => opened.then(work),
    answered: () => void setTimeout(open, renderMs),
  };
}
