/**
 * The popup benches' probe, run in the popup before its own scripts (`page.addInitScript`): when the heading
 * "Same story" is put in the DOM and first in a frame, when the last section's heading is, and the first
 * message's round trip to the worker (sent, answered), and every message's (messages), all on the popup's own clock, in `window.sidelightBench`.
 */
export const PROBE = `(() => {
  const seen = { heading: null, inserted: null, rest: null, restPending: false, sent: null, answered: null, messages: [] };
  Object.defineProperty(window, 'sidelightBench', { value: seen });
  const has = (name) => [...document.querySelectorAll('h2')].some((h) => h.textContent === name);
  new MutationObserver(() => {
    if (seen.inserted === null && has('Same story')) {
      seen.inserted = performance.now();
      requestAnimationFrame(() => { seen.heading = performance.now(); });
    }
    if (!seen.restPending && has('Coverage')) {
      seen.restPending = true;
      requestAnimationFrame(() => { seen.rest = performance.now(); });
    }
  }).observe(document, { subtree: true, childList: true });
  const runtime = globalThis.chrome && chrome.runtime;
  if (runtime && runtime.sendMessage) {
    const send = runtime.sendMessage.bind(runtime);
    runtime.sendMessage = (...args) => {
      const start = performance.now();
      const last = args[args.length - 1];
      const message = { type: String((args.find((a) => a && typeof a === 'object') || {}).type), start, end: null };
      seen.messages.push(message);
      const done = () => {
        message.end = performance.now();
        if (seen.sent === null) { seen.sent = start; seen.answered = message.end; }
      };
      if (typeof last === 'function') { args[args.length - 1] = (...r) => { done(); return last(...r); }; return send(...args); }
      const p = send(...args);
      if (p && p.then) p.then(done, done);
      return p;
    };
  }
})();`;
