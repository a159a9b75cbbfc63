/**
 * Variable-length integers (7 bits a byte, low bits first) in growable byte arrays: the index keeps its
 * posting lists and story records as bytes, so a story costs a few dozen bytes rather than JS objects.
 */

/** A byte array grown by a quarter at a time (little slack at 100,000 stories), written at the end. */
export class ByteBuilder {
  bytes: Uint8Array;
  length: number;

  constructor(initial: Uint8Array = new Uint8Array(256), length = 0) {
    this.bytes = initial;
    this.length = length;
  }

  /** Makes room for `n` more bytes. */
  reserve(n: number): void {
    const need = this.length + n;
    if (need <= this.bytes.length) return;
    const grown = new Uint8Array(Math.max(need, Math.ceil(this.bytes.length * 1.25) + 64));
    grown.set(this.bytes.subarray(0, this.length));
    this.bytes = grown;
  }

  /** Appends an unsigned integer (any safe integer ≥ 0). */
  varint(value: number): void {
    this.reserve(8);
    let v = value;
    while (v >= 128) {
      this.bytes[this.length++] = (v % 128) | 128;
      v = Math.floor(v / 128);
    }
    this.bytes[this.length++] = v;
  }

  /**
   * Appends a string as its length then each UTF-16 code unit as a varint: one byte a character for ASCII,
   * two for most other alphabets, so a word costs about what its UTF-8 would.
   */
  string(value: string): void {
    this.varint(value.length);
    this.reserve(3 * value.length);
    for (let i = 0; i < value.length; i++) {
      let v = value.charCodeAt(i);
      while (v >= 128) {
        this.bytes[this.length++] = (v & 127) | 128;
        v >>>= 7;
      }
      this.bytes[this.length++] = v;
    }
  }

  /** Appends any number: integers up to 2^50 as a varint, anything else as 8 bytes. */
  number(value: number): void {
    if (Number.isInteger(value) && Math.abs(value) <= 2 ** 50) {
      this.varint((value >= 0 ? 2 * value : -2 * value - 1) * 2);
      return;
    }
    this.varint(1);
    this.reserve(8);
    FLOAT[0] = value;
    this.bytes.set(FLOAT_BYTES, this.length);
    this.length += 8;
  }

  /**
   * Gives back the spare capacity when it exceeds a tenth of what is written: an index that stopped growing
   * keeps no slack (a later growth copies once more, which at most doubles the copying).
   */
  trim(): void {
    if (this.bytes.length - this.length > this.length / 10 + 1024) this.bytes = this.bytes.slice(0, this.length);
  }

  /** The written bytes, trimmed to length (a copy). */
  toArray(): Uint8Array {
    return this.bytes.slice(0, this.length);
  }
}

const FLOAT = new Float64Array(1);
const FLOAT_BYTES = new Uint8Array(FLOAT.buffer);

/** Thrown when bytes end early or say more than they hold: a damaged saved index, to be rebuilt. */
export class DamagedBytesError extends RangeError {}

/**
 * Reads varints from a byte array; `at` moves past what was read. Every read is bounds-checked: damaged bytes
 * throw {@link DamagedBytesError} rather than read zeros past the end or build a string of a damaged length.
 */
export class ByteReader {
  constructor(
    readonly bytes: Uint8Array,
    public at: number,
  ) {}

  varint(): number {
    let value = 0;
    let scale = 1;
    for (;;) {
      if (this.at >= this.bytes.length) throw new DamagedBytesError('the bytes end inside a number');
      const b = this.bytes[this.at++] as number;
      value += (b & 127) * scale;
      if (b < 128) return value;
      scale *= 128;
      // Eight bytes hold every number written (2^56); a ninth is damage, not a bigger number.
      if (scale > 2 ** 56) throw new DamagedBytesError('a number runs on too long');
    }
  }

  /** Reads what {@link ByteBuilder.string} wrote. */
  string(): string {
    const length = this.varint();
    // Each character takes at least a byte: a longer length than the bytes left is damage.
    if (length > this.bytes.length - this.at) throw new DamagedBytesError('a string is longer than the bytes left');
    const units: number[] = [];
    for (let i = length; i > 0; i--) units.push(this.varint());
    // The strings are short (words, the changed part of a link), well within the argument limit.
    return String.fromCharCode(...units);
  }

  /**
   * Reads past what {@link ByteBuilder.string} wrote, checking it as {@link string} does but building no string:
   * checking a saved vocabulary (some 40,000 terms at 100,000 stories) decoded each into a JS string it dropped.
   */
  skipString(): void {
    const length = this.varint();
    if (length > this.bytes.length - this.at) throw new DamagedBytesError('a string is longer than the bytes left');
    for (let i = length; i > 0; i--) this.varint();
  }

  /** Reads what {@link ByteBuilder.number} wrote. */
  number(): number {
    const code = this.varint();
    if (code !== 1) {
      const zigzag = code / 2;
      return zigzag % 2 === 0 ? zigzag / 2 : -(zigzag + 1) / 2;
    }
    if (this.at + 8 > this.bytes.length) throw new DamagedBytesError('the bytes end inside a number');
    FLOAT_BYTES.set(this.bytes.subarray(this.at, this.at + 8));
    this.at += 8;
    return FLOAT[0] as number;
  }
}
