/**
 * Posting lists of all terms in one byte pool. Each list is a chain of slices (4, 8, … 1024 bytes, each
 * followed by the 4-byte address of the next), so a list grows without moving and a rare term costs 8
 * bytes, not a typed array object. A posting is varint(gap · 4 + code): gap is the slot minus the previous
 * posting's slot (slots only grow between compactions), code says the common title/summary frequencies
 * (0: summary once, 1: title once, 2: summary twice) or 3: varint(summary tf · 8 + title tf) follows, with
 * title tf 7 meaning 7 + a further varint (so an uncommon pair costs one byte more, not two).
 * A list ends where its writing does (its tail): no count is kept per term.
 */
import { ByteBuilder } from './varint';

/** Data bytes of the slices of a list, in order (the last size repeats). */
export const SLICE_SIZES = [4, 8, 16, 32, 64, 128, 256, 512, 1024] as const;
const LAST_LEVEL = SLICE_SIZES.length - 1;

/** Per-term columns, grown together by half again when a term id does not fit. */
interface Columns {
  /** Address of the first slice (0: no postings yet). */
  head: Uint32Array;
  /** End of the first slice's data (a loaded list is one slice of its own size). */
  headEnd: Uint32Array;
  /** Where the next byte goes, and the end of the slice it goes in. */
  tail: Uint32Array;
  sliceEnd: Uint32Array;
  level: Uint8Array;
  /** Slot of the last posting (−1: none). */
  last: Int32Array;
}

function columns(n: number): Columns {
  return {
    head: new Uint32Array(n),
    headEnd: new Uint32Array(n),
    tail: new Uint32Array(n),
    sliceEnd: new Uint32Array(n),
    level: new Uint8Array(n),
    last: new Int32Array(n).fill(-1),
  };
}

/** All posting lists of an index. */
export class PostingLists {
  /** Address 0 means "none", so the pool starts with 4 unused bytes. */
  readonly pool = new ByteBuilder(new Uint8Array(1024), 4);
  private c = columns(256);
  /** Posting bytes written since the last repack (an over-count once lists are cleared): what the pool would hold without slices. */
  private written = 0;

  private ensure(term: number): void {
    if (term < this.c.head.length) return;
    this.resize(Math.max(term + 1, Math.ceil(this.c.head.length * 1.25)));
  }

  /** Drops the per-term columns' growth slack beyond `terms` term ids. */
  trimColumns(terms: number): void {
    if (terms < this.c.head.length) this.resize(Math.max(terms, 16));
  }

  private resize(n: number): void {
    const next = columns(n);
    for (const key of Object.keys(next) as (keyof Columns)[])
      (next[key] as Uint32Array).set((this.c[key] as Uint32Array).subarray(0, n));
    this.c = next;
  }

  /** Appends a posting; `slot` must exceed every slot already in the term's list. */
  push(term: number, slot: number, titleTf: number, summaryTf: number): void {
    this.ensure(term);
    const c = this.c;
    const gap = slot - (c.last[term] as number);
    const code =
      titleTf === 0 && summaryTf === 1
        ? 0
        : titleTf === 1 && summaryTf === 0
          ? 1
          : titleTf === 0 && summaryTf === 2
            ? 2
            : 3;
    this.writeVarint(term, gap * 4 + code);
    if (code === 3) {
      this.writeVarint(term, summaryTf * 8 + Math.min(titleTf, 7));
      if (titleTf >= 7) this.writeVarint(term, titleTf - 7);
    }
    c.last[term] = slot;
  }

  /** Forgets the term's list (its bytes stay in the pool until the index is compacted). */
  clear(term: number): void {
    if (term >= this.c.head.length) return;
    const c = this.c;
    c.head[term] = 0;
    c.headEnd[term] = 0;
    c.tail[term] = 0;
    c.sliceEnd[term] = 0;
    c.level[term] = 0;
    c.last[term] = -1;
  }

  private writeVarint(term: number, value: number): void {
    let v = value;
    while (v >= 128) {
      this.writeByte(term, (v & 127) | 128);
      v >>>= 7;
    }
    this.writeByte(term, v);
  }

  private writeByte(term: number, byte: number): void {
    const c = this.c;
    if (c.tail[term] === c.sliceEnd[term]) this.newSlice(term);
    const at = c.tail[term] as number;
    this.pool.bytes[at] = byte;
    c.tail[term] = at + 1;
    this.written++;
  }

  /**
   * When slices waste much of the pool (next-slice addresses, half-filled last slices, cleared lists), copies
   * every list into one slice of its own size, as a loaded index has them. Called once stories are in (on
   * search): a list that grows again chains new slices from there.
   */
  repackIfSlack(): void {
    const terms = this.c.head.length;
    if (this.pool.length <= this.written * 1.1 + 4 * terms + 4096) {
      this.pool.trim();
      return;
    }
    const c = this.c;
    const old = this.pool.bytes;
    let size = 4;
    let data = 0;
    for (let t = 0; t < terms; t++) {
      if (c.head[t] === 0) continue;
      const length = this.listLength(t);
      data += length;
      size += length + 4;
    }
    const bytes = new Uint8Array(size);
    let at = 4;
    for (let t = 0; t < terms; t++) {
      if (c.head[t] === 0) continue;
      const end = this.copyList(t, old, bytes, at);
      c.head[t] = at;
      c.headEnd[t] = end;
      c.tail[t] = end;
      c.sliceEnd[t] = end;
      c.level[t] = 0;
      at = end + 4;
    }
    this.pool.bytes = bytes;
    this.pool.length = size;
    this.written = data;
  }

  /** Data bytes of the term's list. */
  private listLength(term: number): number {
    let length = 0;
    this.walkSlices(term, this.pool.bytes, (from, to) => (length += to - from));
    return length;
  }

  /** Copies the term's data bytes from `bytes` to `out` at `at`; returns where they end. */
  private copyList(term: number, bytes: Uint8Array, out: Uint8Array, at: number): number {
    let to = at;
    this.walkSlices(term, bytes, (from, end) => {
      out.set(bytes.subarray(from, end), to);
      to += end - from;
    });
    return to;
  }

  /** Calls `visit(from, to)` for each filled byte range of the term's slices, in order. */
  private walkSlices(term: number, bytes: Uint8Array, visit: (from: number, to: number) => void): void {
    const c = this.c;
    let at = c.head[term] ?? 0;
    if (at === 0) return;
    let end = c.headEnd[term] as number;
    let level = 0;
    const tail = c.tail[term] as number;
    while (at !== tail) {
      if (at === end) {
        at = readU32(bytes, end);
        level = Math.min(level + 1, LAST_LEVEL);
        end = at + (SLICE_SIZES[level] as number);
        continue;
      }
      const stop = tail >= at && tail <= end ? tail : end;
      visit(at, stop);
      at = stop;
    }
  }

  private newSlice(term: number): void {
    const c = this.c;
    const first = c.head[term] === 0;
    const level = first ? 0 : Math.min((c.level[term] as number) + 1, LAST_LEVEL);
    const size = SLICE_SIZES[level] as number;
    const pool = this.pool;
    pool.reserve(size + 4);
    const at = pool.length;
    pool.length += size + 4;
    if (first) {
      c.head[term] = at;
      c.headEnd[term] = at + size;
    } else writeU32(pool.bytes, c.sliceEnd[term] as number, at);
    c.level[term] = level;
    c.tail[term] = at;
    c.sliceEnd[term] = at + size;
  }

  /**
   * Calls `visit(slot, titleTf, summaryTf)` for each posting of the term, in slot order. The loop is written
   * out (no reader object): it is the inner loop of every search.
   */
  forEach(term: number, visit: (slot: number, titleTf: number, summaryTf: number) => void): void {
    const c = this.c;
    let at = c.head[term] ?? 0;
    if (at === 0) return;
    const bytes = this.pool.bytes;
    const tail = c.tail[term] as number;
    let end = c.headEnd[term] as number;
    let level = 0;
    let slot = -1;
    while (at !== tail) {
      let code = 0;
      let read = 0;
      let value = 0;
      let shift = 0;
      // Up to three varints per posting: gap·4+code, then when code is 3 summary·8+title, then maybe more title.
      let titleTf = 0;
      let summaryTf = 0;
      for (;;) {
        // A posting never runs past the list's end: bytes that say otherwise are damaged (a saved index), and
        // reading on would follow garbage addresses, possibly round in a circle for ever. Stop the list there.
        if (at === tail && (read > 0 || value !== 0 || shift > 0)) return;
        if (at === end) {
          at = readU32(bytes, end);
          level = Math.min(level + 1, LAST_LEVEL);
          end = at + (SLICE_SIZES[level] as number);
        }
        const b = bytes[at++] as number;
        value |= (b & 127) << shift;
        shift += 7;
        if (b >= 128) continue;
        if (read === 0) {
          slot += value >>> 2;
          code = value & 3;
          if (code === 0) summaryTf = 1;
          else if (code === 1) titleTf = 1;
          else if (code === 2) summaryTf = 2;
          else {
            read = 1;
            value = 0;
            shift = 0;
            continue;
          }
        } else if (read === 1) {
          summaryTf = value >>> 3;
          titleTf = value & 7;
          if (titleTf === 7) {
            read = 2;
            value = 0;
            shift = 0;
            continue;
          }
        } else titleTf = 7 + value;
        break;
      }
      // Slots only grow and end at the list's last one; anything else is damage, and is never handed on.
      if (slot < 0 || slot > (c.last[term] as number)) return;
      visit(slot, titleTf, summaryTf);
    }
  }

  /** The term's postings as bytes (for saving). */
  bytesOf(term: number): Uint8Array {
    const out = new Uint8Array(this.listLength(term));
    this.copyList(term, this.pool.bytes, out, 0);
    return out;
  }

  /** Slot of the term's last posting, −1 when none. */
  lastSlot(term: number): number {
    return this.c.last[term] ?? -1;
  }

  /**
   * What is wrong with saved lists, or null when each decodes within its own bytes into slots that grow from 0,
   * stay below `slots` and end at its recorded last one. Run once on a loaded index, so damaged bytes are
   * found (and the index rebuilt) before any search reads them.
   */
  static problem(data: Uint8Array, start: Uint32Array, last: Int32Array, slots: number): string | null {
    for (let t = 0; t < last.length; t++) {
      const from = start[t] as number;
      const to = start[t + 1] as number;
      if (to < from || to > data.length) return `posting list ${t} lies outside the saved bytes`;
      let at = from;
      let slot = -1;
      const next = (): number | null => {
        let value = 0;
        for (let scale = 1; at < to && scale <= 2 ** 49; scale *= 128) {
          const b = data[at++] as number;
          value += (b & 127) * scale;
          if (b < 128) return value;
        }
        return null;
      };
      while (at < to) {
        const head = next();
        if (head === null) return `posting list ${t} ends inside a posting`;
        if (head % 4 === 3) {
          const tfs = next();
          if (tfs === null || (tfs % 8 === 7 && next() === null)) return `posting list ${t} ends inside a posting`;
        }
        slot += Math.floor(head / 4);
        if (slot < 0 || slot >= slots) return `posting list ${t} names story ${slot} of ${slots}`;
      }
      if (slot !== (last[t] as number)) return `posting list ${t} does not end at its last story`;
    }
    return null;
  }

  /**
   * Lists as saved: term t's bytes are data[start[t] .. start[t+1]), the last posting at slot last[t]. Each
   * list becomes one slice of its own size, copied with 4 spare bytes for the next slice's address. `data`
   * null: the bytes are not read yet (an index read in parts), so the lists are laid out as zeros, for
   * {@link fill} to put them in; copying a whole index's worth of zeros took most of a cold worker's restore.
   */
  static restore(data: Uint8Array | null, start: Uint32Array, last: Int32Array): PostingLists {
    const lists = new PostingLists();
    const terms = last.length;
    lists.c = columns(Math.max(terms, 256));
    const c = lists.c;
    const pool = lists.pool;
    const bytes = start[terms] ?? 0;
    pool.bytes = new Uint8Array(Math.ceil((4 + bytes + 4 * terms) * 1.05) + 1024);
    for (let t = 0; t < terms; t++) {
      const from = start[t] as number;
      const to = start[t + 1] as number;
      if (to === from) continue;
      const at = pool.length;
      if (data) pool.bytes.set(data.subarray(from, to), at);
      pool.length += to - from + 4;
      c.head[t] = at;
      c.headEnd[t] = at + to - from;
      c.tail[t] = at + to - from;
      c.sliceEnd[t] = at + to - from;
      c.last[t] = last[t] as number;
    }
    lists.written = bytes;
    return lists;
  }

  /**
   * Copies saved bytes of term ids [from, to) into lists restored without them ({@link restore} from zeros):
   * `bytes` start at `start[from]`, `start` being the saved list starts. Each list keeps its place and length.
   */
  fill(from: number, to: number, bytes: Uint8Array, start: Uint32Array): void {
    const base = start[from] as number;
    const c = this.c;
    for (let t = from; t < to; t++) {
      const at = c.head[t] as number;
      const length = (start[t + 1] as number) - (start[t] as number);
      if (at === 0 || length !== (c.tail[t] as number) - at) continue;
      const offset = (start[t] as number) - base;
      this.pool.bytes.set(bytes.subarray(offset, offset + length), at);
    }
  }
}

function writeU32(bytes: Uint8Array, at: number, value: number): void {
  bytes[at] = value & 255;
  bytes[at + 1] = (value >>> 8) & 255;
  bytes[at + 2] = (value >>> 16) & 255;
  bytes[at + 3] = value >>> 24;
}

function readU32(bytes: Uint8Array, at: number): number {
  return (
    ((bytes[at] as number) |
      ((bytes[at + 1] as number) << 8) |
      ((bytes[at + 2] as number) << 16) |
      ((bytes[at + 3] as number) << 24)) >>>
    0
  );
}
