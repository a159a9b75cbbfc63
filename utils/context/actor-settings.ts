/**
 * The reader's actor settings: actors to always show a stake card for, and corrections to the leaders list.
 * Stored as a versioned item (utils/settings.ts); read through `sanitizeActorSettings` so a damaged value
 * loses only the entries that are damaged.
 */
import type { PersonCorrection } from './gazetteer';

/** Settings version 1. */
export interface ActorSettings {
  /** Actor ids ("CHN", "org:NATO") that always get a stake card. */
  pinned: string[];
  /** Added or corrected people; `actor: null` unties a built-in person. */
  people: PersonCorrection[];
}

export const DEFAULT_ACTOR_SETTINGS: ActorSettings = { pinned: [], people: [] };

const isText = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;

/** Valid settings from whatever was stored: bad entries are dropped, good ones kept. */
export function sanitizeActorSettings(value: unknown): ActorSettings {
  if (!value || typeof value !== 'object') return { pinned: [], people: [] };
  const raw = value as { pinned?: unknown; people?: unknown };
  const pinned = Array.isArray(raw.pinned) ? [...new Set(raw.pinned.filter(isText).map((s) => s.trim()))] : [];
  const people: PersonCorrection[] = [];
  if (Array.isArray(raw.people)) {
    for (const p of raw.people as unknown[]) {
      if (!p || typeof p !== 'object') continue;
      const { name, actor, role } = p as Record<string, unknown>;
      if (!isText(name) || !(actor === null || isText(actor))) continue;
      people.push({
        name: name.trim(),
        actor: actor === null ? null : actor.trim(),
        role: typeof role === 'string' ? role.trim() : '',
      });
    }
  }
  return { pinned, people };
}
