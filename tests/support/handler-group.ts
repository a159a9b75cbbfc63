import { beforeAll, beforeEach, vi } from 'vitest';
import { createHandlerDeps, type HandlerDeps } from '../../utils/background/handlers/deps';

/**
 * Sets a test file up to talk to one group of the worker's handlers through WXT's fake browser: registers the
 * group once (@webext-core/messaging allows one handler per message in a context), and before each test
 * restores mocks and stubbed globals and quiets the console (a failure is logged for the worker's console; the
 * reply is what the tests read). Returns the group's dependencies, nothing opened until a handler needs it.
 */
export function handlerGroup(register: (deps: HandlerDeps) => void): HandlerDeps {
  const deps = createHandlerDeps();
  beforeAll(() => register(deps));
  beforeEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  return deps;
}
