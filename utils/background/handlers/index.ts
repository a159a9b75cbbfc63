import { injectSidebar } from '../tabs';
import { registerSearchHandlers } from '../search';
import { attempt } from './attempt';
import { createHandlerDeps } from './deps';
import { registerRefreshHandlers } from './refresh';
import { registerSettingsHandlers } from './settings';
import { registerSourceHandlers } from './sources';
import { registerTabHandlers } from './tab';

/**
 * Registers a handler for every ProtocolMap message, grouped by concern (tab, sources, refresh, settings,
 * search). Returns what the worker's other listeners (alarms, context menu) need.
 */
export function registerHandlers() {
  const deps = createHandlerDeps();
  registerTabHandlers(deps);
  registerSourceHandlers(deps);
  registerRefreshHandlers(deps);
  registerSettingsHandlers(deps);
  registerSearchHandlers(deps.db, attempt);
  return { refresh: deps.refresh, openSidebar: injectSidebar, afterFirstAnswer: deps.firstAnswer.after };
}
