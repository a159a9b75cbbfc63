/**
 * Sidelight's source catalogue: outlets (with their facts and feeds) and presets, shipped as
 * `public/catalogue/outlets.json` and read by the options page (and, for pasted feeds, by the worker) on
 * demand, so no script bundle carries it. This module is its schema and the one check of its shape.
 */
import type { OutletFacts } from '../types';
import { isOwnership, isRegionId } from './regions';
import { said, SaidError } from '../said';

/** Where the catalogue is shipped, relative to the extension root (for `runtime.getURL`). */
export const CATALOGUE_PATH = '/catalogue/outlets.json';

/** Version of the catalogue file's shape; bump it (and teach `checkCatalogue` the old one) on any change. */
export const CATALOGUE_SCHEMA_VERSION = 1;

/** One outlet in the catalogue: its facts (as a source added from it keeps them), name, site and feeds. */
export interface Outlet extends Omit<OutletFacts, 'catalogueId'> {
  /** Stable slug ("bbc-news"): sources remember it, so never reuse or rename one. */
  id: string;
  name: string;
  homepage: string;
  /** Feed URLs, in canonical form (`new URL(u).href`); the first is the one Sidelight adds. */
  feeds: string[];
}

/** A ready-made selection of outlets for the welcome step. */
export interface Preset {
  id: string;
  name: string;
  description: string;
  outletIds: string[];
}

/** The parsed catalogue. */
export interface Catalogue {
  outlets: Outlet[];
  presets: Preset[];
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const COUNTRY = /^[A-Z]{2}$/;
const LANGUAGE = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

/** True for an absolute http(s) URL. */
function isWebUrl(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/** Checks one outlet entry; returns it typed, or null after adding its problems to `problems`. */
function checkOutlet(entry: unknown, at: number, problems: string[]): Outlet | null {
  if (!isRecord(entry)) {
    problems.push(`outlet ${at} is not an object`);
    return null;
  }
  const name = `outlet ${at} (${typeof entry.id === 'string' ? entry.id : 'no id'})`;
  const before = problems.length;
  const say = (what: string) => problems.push(`${name}: ${what}`);
  if (typeof entry.id !== 'string' || !SLUG.test(entry.id)) say('id must be a lowercase slug such as "bbc-news"');
  if (!isText(entry.name)) say('name is missing');
  if (!isWebUrl(entry.homepage)) say('homepage must be an http(s) address');
  const feeds = entry.feeds;
  if (!Array.isArray(feeds) || feeds.length === 0) say('feeds must list at least one feed URL');
  else {
    for (const feed of feeds) {
      if (!isWebUrl(feed)) say(`feed "${String(feed)}" is not an http(s) address`);
      else if (new URL(feed).href !== feed) say(`feed "${feed}" is not in canonical form (${new URL(feed).href})`);
      // Over plain http anyone on the network path could rewrite the feed, and with it what its stories say.
      else if (new URL(feed).protocol !== 'https:') say(`feed "${feed}" must be an https address`);
    }
  }
  if (typeof entry.country !== 'string' || !COUNTRY.test(entry.country))
    say('country must be an ISO 3166-1 alpha-2 code such as "JP"');
  if (!isRegionId(entry.region)) say(`region "${String(entry.region)}" is not one of the catalogue's regions`);
  if (typeof entry.language !== 'string' || !LANGUAGE.test(entry.language))
    say('language must be a BCP 47 tag such as "en"');
  if (!isOwnership(entry.ownership)) say(`ownership "${String(entry.ownership)}" is not one of the ownership kinds`);
  if (typeof entry.stateAffiliated !== 'boolean') say('stateAffiliated must be true or false');
  const focus = entry.focus ?? [];
  if (!Array.isArray(focus) || !focus.every((c) => typeof c === 'string' && COUNTRY.test(c)))
    say('focus must list ISO country codes');
  if (problems.length > before) return null;
  return { ...(entry as unknown as Outlet), focus: focus as string[] };
}

/** Checks one preset against the outlets already read. */
function checkPreset(entry: unknown, at: number, outletIds: Set<string>, problems: string[]): Preset | null {
  if (!isRecord(entry)) {
    problems.push(`preset ${at} is not an object`);
    return null;
  }
  const before = problems.length;
  const say = (what: string) => problems.push(`preset ${at} (${String(entry.id)}): ${what}`);
  if (typeof entry.id !== 'string' || !SLUG.test(entry.id)) say('id must be a lowercase slug');
  if (!isText(entry.name)) say('name is missing');
  if (!isText(entry.description)) say('description is missing');
  const ids = entry.outletIds;
  if (!Array.isArray(ids) || ids.length === 0) say('outletIds must list at least one outlet');
  else {
    for (const id of ids)
      if (typeof id !== 'string' || !outletIds.has(id)) say(`outlet "${String(id)}" is not in the catalogue`);
    if (new Set(ids).size !== ids.length) say('lists an outlet twice');
  }
  return problems.length > before ? null : (entry as unknown as Preset);
}

/**
 * Checks a catalogue file's content and returns every problem found (empty when it is well formed), with the
 * parsed catalogue when there are none. Checks shape, URLs, codes, enums, unique ids and feed URLs, and that
 * presets name existing outlets.
 */
export function checkCatalogue(json: unknown): { catalogue: Catalogue | null; problems: string[] } {
  const problems: string[] = [];
  if (!isRecord(json)) return { catalogue: null, problems: ['the catalogue is not a JSON object'] };
  if (json.schemaVersion !== CATALOGUE_SCHEMA_VERSION) {
    return {
      catalogue: null,
      problems: [`schemaVersion is ${String(json.schemaVersion)}, expected ${CATALOGUE_SCHEMA_VERSION}`],
    };
  }
  const rawOutlets = Array.isArray(json.outlets) ? json.outlets : [];
  if (rawOutlets.length === 0) problems.push('the catalogue lists no outlets');
  const outlets: Outlet[] = [];
  const ids = new Set<string>();
  const feeds = new Set<string>();
  rawOutlets.forEach((entry, at) => {
    const outlet = checkOutlet(entry, at, problems);
    if (!outlet) return;
    if (ids.has(outlet.id)) problems.push(`outlet id "${outlet.id}" appears twice`);
    ids.add(outlet.id);
    for (const feed of outlet.feeds) {
      if (feeds.has(feed)) problems.push(`feed ${feed} appears twice`);
      feeds.add(feed);
    }
    outlets.push(outlet);
  });
  const presets: Preset[] = [];
  const presetIds = new Set<string>();
  (Array.isArray(json.presets) ? json.presets : []).forEach((entry, at) => {
    const preset = checkPreset(entry, at, ids, problems);
    if (!preset) return;
    if (presetIds.has(preset.id)) problems.push(`preset id "${preset.id}" appears twice`);
    presetIds.add(preset.id);
    presets.push(preset);
  });
  return problems.length === 0 ? { catalogue: { outlets, presets }, problems } : { catalogue: null, problems };
}

/**
 * Parses the catalogue file's content, or throws a SaidError that says what is wrong with it (the problems stay
 * English: they name fields of a file that ships with Sidelight, for whoever repairs it).
 */
export function parseCatalogue(json: unknown): Catalogue {
  const { catalogue, problems } = checkCatalogue(json);
  if (!catalogue)
    throw new SaidError(
      said('catalogue.damaged', { problems: problems.slice(0, 3).join('; '), more: Math.max(0, problems.length - 3) }),
    );
  return catalogue;
}

/** The facts a source added from this outlet carries. */
export function outletFacts(outlet: Outlet): OutletFacts {
  return {
    catalogueId: outlet.id,
    country: outlet.country,
    region: outlet.region,
    language: outlet.language,
    ownership: outlet.ownership,
    stateAffiliated: outlet.stateAffiliated,
    focus: [...outlet.focus],
  };
}

/** The outlets of the given presets, each once, in preset order. Unknown preset ids are ignored. */
export function outletsOfPresets(catalogue: Catalogue, presetIds: readonly string[]): Outlet[] {
  const byId = new Map(catalogue.outlets.map((o) => [o.id, o]));
  const seen = new Set<string>();
  const result: Outlet[] = [];
  for (const preset of catalogue.presets.filter((p) => presetIds.includes(p.id))) {
    for (const id of preset.outletIds) {
      const outlet = byId.get(id);
      if (outlet && !seen.has(id)) {
        seen.add(id);
        result.push(outlet);
      }
    }
  }
  return result;
}
