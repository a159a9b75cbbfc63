/**
 * Strings by number, packed in one byte pool: the index's vocabulary. A JS string costs a 16-byte header, its
 * characters rounded up to 8, and an 8-byte pointer in an array; a packed term costs its characters (about
 * one byte each, see {@link ByteBuilder.string}) and a 4-byte address. At 100,000 stories (some 40,000
 * terms) that is about 8 bytes a story less, and loading a saved index creates no string per term.
 *
 * A string is decoded only when asked for (a name word for the variant lookup, a shared word for "why"); the
 * term → id table compares and hashes the bytes in place ({@link PackedStrings.keys}).
 */
import { hashEnd, HASH_SEED, hashStep, type TableKeys } from './string-table';
import { ByteBuilder, ByteReader } from './varint';

/** Strings by id (0, 1, …); '' for an id never set or cleared. */
export class PackedStrings {
  /** Byte 0 is the empty string (length 0), where unset ids point. */
  private pool: ByteBuilder;
  /** Address of each id's string; grown ahead, so only the first `count` are ids. */
  private starts: Uint32Array;
  private count: number;
  /** Pool bytes of strings that were replaced or cleared. */
  private garbage = 0;

  /** Strings as {@link columns} gave them (the arrays are used, not copied), or none. */
  constructor(pool: Uint8Array = new Uint8Array(1), starts: Uint32Array = new Uint32Array(0)) {
    this.pool = new ByteBuilder(pool, pool.length);
    this.starts = starts;
    this.count = starts.length;
  }

  /** Ids with a place (set or not): one more than the highest id set. */
  get length(): number {
    return this.count;
  }

  /** The string of `id`. */
  get(id: number): string {
    return id < this.count ? new ByteReader(this.pool.bytes, this.starts[id] ?? 0).string() : '';
  }

  /** Sets the string of `id` (its old bytes become garbage until {@link repack}). */
  set(id: number, value: string): void {
    if (id >= this.starts.length) {
      const grown = new Uint32Array(Math.max(id + 1, Math.ceil(this.starts.length * 1.25) + 16));
      grown.set(this.starts.subarray(0, this.count));
      this.starts = grown;
    }
    this.count = Math.max(this.count, id + 1);
    this.clear(id);
    if (value === '') return;
    this.starts[id] = this.pool.length;
    this.pool.string(value);
  }

  /** Clears the string of `id` (to ''). */
  clear(id: number): void {
    const at = id < this.count ? (this.starts[id] as number) : 0;
    if (at === 0) return;
    this.garbage += this.byteLength(at);
    this.starts[id] = 0;
  }

  /** The lookup a {@link StringTable} needs: keys hashed and compared in the pool, never decoded. */
  readonly keys: TableKeys = {
    hashOf: (id) => {
      const r = new ByteReader(this.pool.bytes, this.starts[id] ?? 0);
      let h = HASH_SEED;
      for (let n = r.varint(); n > 0; n--) h = hashStep(h, r.varint());
      return hashEnd(h);
    },
    matches: (id, key) => {
      const bytes = this.pool.bytes;
      let at = this.starts[id] ?? 0;
      // A length and code units below 128 take one byte each: the common case, compared without a reader.
      if (key.length >= 128) return this.get(id) === key;
      if (bytes[at++] !== key.length) return false;
      for (let i = 0; i < key.length; i++) {
        const unit = key.charCodeAt(i);
        if (unit >= 128) return this.get(id) === key;
        if (bytes[at++] !== unit) return false;
      }
      return true;
    },
  };

  /**
   * Drops the spare address capacity, and copies the live strings into a fresh pool when garbage is over a
   * quarter of it (or when `force`): called once the index stops growing, and before saving.
   */
  repack(force = false): void {
    this.starts = this.starts.slice(0, this.count);
    if (!force && this.garbage * 4 <= this.pool.length) {
      this.pool.trim();
      return;
    }
    const old = this.pool.bytes;
    const pool = new ByteBuilder(new Uint8Array(this.pool.length - this.garbage), 1);
    for (let id = 0; id < this.count; id++) {
      const at = this.starts[id] as number;
      if (at === 0) continue;
      const length = this.byteLength(at);
      pool.bytes.set(old.subarray(at, at + length), pool.length);
      this.starts[id] = pool.length;
      pool.length += length;
    }
    this.pool = pool;
    this.garbage = 0;
  }

  /** The pool and addresses as saved: repacked in id order, so equal vocabularies save equal bytes. */
  columns(): { bytes: Uint8Array; starts: Uint32Array } {
    this.repack(true);
    return { bytes: this.pool.toArray(), starts: this.starts.slice() };
  }

  /** Why saved columns cannot be used as a pool, or null when they can. */
  static problem(bytes: Uint8Array, starts: Uint32Array): string | null {
    if (bytes[0] !== 0) return 'saved vocabulary is damaged';
    for (const at of starts) if (at >= bytes.length) return 'saved vocabulary is damaged';
    return null;
  }

  /** Bytes of the string written at `at`. */
  private byteLength(at: number): number {
    const r = new ByteReader(this.pool.bytes, at);
    for (let n = r.varint(); n > 0; n--) r.varint();
    return r.at - at;
  }
}
