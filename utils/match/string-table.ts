/**
 * A string → number lookup that keeps no strings and no JS object per entry: an open-addressing hash table
 * (linear probing) of numbers in one Int32Array. The strings stay where the caller already keeps them (story
 * ids by slot, terms by term id); the table only asks for a number's key when a probe meets it.
 * A `Map<string, number>` costs some 35 bytes an entry at 100,000 entries; this costs 5–10.
 */

const EMPTY = -1;

/** FNV-1a over UTF-16 code units: cheap, and good enough for URLs and words with linear probing. */
export function hashString(s: string): number {
  let h = HASH_SEED;
  for (let i = 0; i < s.length; i++) h = hashStep(h, s.charCodeAt(i));
  return hashEnd(h);
}

/** {@link hashString} a code unit at a time, for keys kept as bytes rather than strings (packed-strings.ts). */
export const HASH_SEED = 0x811c9dc5;
/** Folds one code unit into the hash. */
export const hashStep = (h: number, unit: number): number => Math.imul(h ^ unit, 0x01000193);
/** The finished hash: the high bits mixed down, as the table takes the low bits. */
export const hashEnd = (h: number): number => Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) >>> 0;

/** How a table reaches the key of a number it holds (it keeps only the numbers). */
export interface TableKeys {
  /** {@link hashString} of the number's key. */
  hashOf(value: number): number;
  /** Whether the number's key is `key`. */
  matches(value: number, key: string): boolean;
}

/** Keys the caller keeps as JS strings, `keyOf(number)`. */
export function stringKeys(keyOf: (value: number) => string | undefined): TableKeys {
  return { hashOf: (value) => hashString(keyOf(value) ?? ''), matches: (value, key) => keyOf(value) === key };
}

/** Values are kept in the low 24 bits of a slot, 7 bits of their key's hash above them. */
const VALUE_BITS = 24;
/** Largest value a table holds: some 16 million stories or terms. */
export const MAX_VALUE = (1 << VALUE_BITS) - 1;
/** At most this full: 4/5, as the hash bits in each slot keep the longer probe runs cheap. */
const MAX_LOAD = 0.8;

/** A slot: the value, and the top 7 bits of its key's hash (the table's position takes the low bits). */
const entry = (value: number, hash: number): number => ((hash >>> 25) << VALUE_BITS) | value;

/**
 * Numbers (0 to {@link MAX_VALUE}) keyed by strings the caller keeps (`keys`). A probe that meets another key
 * compares the 7 hash bits in the slot first, so it reads that key only one time in 128: the table can be
 * 4/5 full (5–10 bytes an entry) rather than half (8–16).
 */
export class StringTable {
  private slots: Int32Array;
  private count = 0;
  private readonly keys: TableKeys;

  /** `keys`: where the table finds a number's key; a function gives it as a JS string. */
  constructor(keys: TableKeys | ((value: number) => string | undefined), capacity = 16) {
    this.keys = typeof keys === 'function' ? stringKeys(keys) : keys;
    this.slots = new Int32Array(tableSize(capacity)).fill(EMPTY);
  }

  /** Entries held. */
  get size(): number {
    return this.count;
  }

  /** The number whose key is `key`, or undefined. */
  get(key: string): number | undefined {
    const i = this.find(key);
    return i < 0 ? undefined : (this.slots[i] as number) & MAX_VALUE;
  }

  /** Adds `value` under its key (which must not be in the table yet). */
  add(value: number): void {
    if (value > MAX_VALUE || value < 0)
      throw new RangeError(`A string table holds numbers up to ${MAX_VALUE}, not ${value}.`);
    if (this.count + 1 > this.slots.length * MAX_LOAD) this.resize(this.slots.length * 2);
    this.place(value);
    this.count++;
  }

  /** Removes the entry with this key; false when it is not there. */
  delete(key: string): boolean {
    const slots = this.slots;
    const mask = slots.length - 1;
    let i = this.find(key);
    if (i < 0) return false;
    // Backward-shift deletion: later entries of the probe run move up, so no tombstones pile up.
    for (let j = (i + 1) & mask; ; j = (j + 1) & mask) {
      const e = slots[j] as number;
      if (e === EMPTY) break;
      const home = this.keys.hashOf(e & MAX_VALUE) & mask;
      // Move e into the hole at i unless its home lies cyclically in (i, j].
      if (i <= j ? home <= i || home > j : home <= i && home > j) {
        slots[i] = e;
        i = j;
      }
    }
    slots[i] = EMPTY;
    this.count--;
    return true;
  }

  /** Empties the table (keeping a size for `capacity` entries). */
  clear(capacity = 16): void {
    this.slots = new Int32Array(tableSize(capacity)).fill(EMPTY);
    this.count = 0;
  }

  /**
   * The table as saved (persist.ts): loading it back hashes no key, where rebuilding it would hash every one
   * (100,000 story ids of some 80 characters). A change to the hash or the slot layout needs a new index
   * schema version.
   */
  toArray(): Int32Array {
    return this.slots.slice();
  }

  /** Takes a saved table of `count` entries (used, not copied); see {@link StringTable.holds}. */
  restore(slots: Int32Array, count: number): void {
    if (!StringTable.holds(slots, count)) throw new RangeError('The saved table does not hold the entries it should.');
    this.slots = slots;
    this.count = count;
  }

  /** Whether a saved table has the shape of one holding `count` entries (the keys it can only check on use). */
  static holds(slots: Int32Array, count: number): boolean {
    if (slots.length < 16 || (slots.length & (slots.length - 1)) !== 0 || count > slots.length * MAX_LOAD) return false;
    let held = 0;
    for (const e of slots) if (e !== EMPTY) held++;
    return held === count;
  }

  /** The slot holding `key`, or −1. */
  private find(key: string): number {
    const slots = this.slots;
    const mask = slots.length - 1;
    const hash = hashString(key);
    const tag = hash >>> 25;
    for (let i = hash & mask; ; i = (i + 1) & mask) {
      const e = slots[i] as number;
      if (e === EMPTY) return -1;
      if (e >>> VALUE_BITS === tag && this.keys.matches(e & MAX_VALUE, key)) return i;
    }
  }

  private place(value: number): void {
    const slots = this.slots;
    const mask = slots.length - 1;
    const hash = this.keys.hashOf(value);
    let i = hash & mask;
    while (slots[i] !== EMPTY) i = (i + 1) & mask;
    slots[i] = entry(value, hash);
  }

  private resize(size: number): void {
    const old = this.slots;
    this.slots = new Int32Array(size).fill(EMPTY);
    for (const e of old) if (e !== EMPTY) this.place(e & MAX_VALUE);
  }
}

/** The power of two that holds `capacity` entries within the load limit. */
function tableSize(capacity: number): number {
  let size = 16;
  while (size * MAX_LOAD < capacity) size *= 2;
  return size;
}
