import { describe, expect, it } from 'vitest';
import { PostingLists } from './postings';
import { ByteReader, DamagedBytesError } from './varint';

describe('reading damaged bytes', () => {
  it('stops a posting list that runs past its end instead of following garbage for ever', () => {
    const lists = PostingLists.restore(new Uint8Array(64).fill(0xff), Uint32Array.from([0, 64]), Int32Array.from([3]));
    const visited: number[] = [];
    lists.forEach(0, (slot) => visited.push(slot));
    expect(visited).toEqual([]);
    expect(
      PostingLists.problem(new Uint8Array(64).fill(0xff), Uint32Array.from([0, 64]), Int32Array.from([3]), 10),
    ).toMatch(/ends inside a posting/);
  });

  it("never hands on a slot beyond the list's last story", () => {
    // Postings at slots 0, 1 and 101 (gaps 1, 1, 100; code 0), with the last story recorded as 1.
    const data = Uint8Array.from([4, 4, 0x90, 0x03]);
    const lists = PostingLists.restore(data, Uint32Array.from([0, 4]), Int32Array.from([1]));
    const visited: number[] = [];
    lists.forEach(0, (slot) => visited.push(slot));
    expect(visited).toEqual([0, 1]);
    expect(PostingLists.problem(data, Uint32Array.from([0, 4]), Int32Array.from([101]), 50)).toMatch(
      /names story 101 of 50/,
    );
    expect(PostingLists.problem(data, Uint32Array.from([0, 4]), Int32Array.from([101]), 102)).toBeNull();
  });

  it('throws on a number or string that runs past the bytes, rather than reading zeros', () => {
    expect(() => new ByteReader(Uint8Array.from([0x80, 0x80]), 0).varint()).toThrow(DamagedBytesError);
    expect(() => new ByteReader(Uint8Array.from([0x7f, 65]), 0).string()).toThrow(DamagedBytesError);
    expect(() => new ByteReader(new Uint8Array(12).fill(0xff), 0).varint()).toThrow(DamagedBytesError);
    expect(new ByteReader(Uint8Array.from([2, 72, 105]), 0).string()).toBe('Hi');
  });
});
