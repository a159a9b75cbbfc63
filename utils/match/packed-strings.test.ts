import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PackedStrings } from './packed-strings';
import { hashString, StringTable } from './string-table';

// Words as the vocabulary holds them, and any other UTF-16 (long ones, lone surrogates) for good measure.
const word = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 200 }));
const op = fc.tuple(fc.integer({ min: 0, max: 40 }), fc.option(word, { nil: null }));

describe('PackedStrings', () => {
  it('keeps strings by id like an array, through clears, repacks and a save/load (property)', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 120 }), fc.integer({ min: 0, max: 119 }), (ops, repackAt) => {
        let packed = new PackedStrings();
        const model: string[] = [];
        ops.forEach(([id, value], step) => {
          if (value === null) packed.clear(id);
          else packed.set(id, value);
          while (model.length <= id && value !== null) model.push('');
          if (id < model.length) model[id] = value ?? '';
          if (step === repackAt) packed.repack();
        });
        const check = (strings: PackedStrings): void => {
          for (let id = 0; id < 42; id++) {
            const expected = model[id] ?? '';
            expect(strings.get(id)).toBe(expected);
            if (expected !== '') {
              expect(strings.keys.hashOf(id)).toBe(hashString(expected));
              expect(strings.keys.matches(id, expected)).toBe(true);
              expect(strings.keys.matches(id, `${expected}x`)).toBe(false);
            }
          }
        };
        check(packed);
        const saved = packed.columns();
        expect(PackedStrings.problem(saved.bytes, saved.starts)).toBeNull();
        packed = new PackedStrings(saved.bytes.slice(), saved.starts.slice());
        check(packed);
        // Equal vocabularies save equal bytes, however they were built.
        expect(packed.columns()).toEqual(saved);
      }),
    );
  });

  it('serves as the keys of a string table', () => {
    const words = ['halvern', 'strike', 'Москва', '北京', 'dock', 'docker'];
    const packed = new PackedStrings();
    const table = new StringTable(packed.keys);
    words.forEach((w, id) => {
      packed.set(id, w);
      table.add(id);
    });
    words.forEach((w, id) => expect(table.get(w)).toBe(id));
    expect(table.get('docke')).toBeUndefined();
    expect(table.delete('strike')).toBe(true);
    packed.clear(1);
    expect(table.get('strike')).toBeUndefined();
    expect(table.get('docker')).toBe(5);
  });

  it('refuses damaged saved bytes', () => {
    expect(PackedStrings.problem(new Uint8Array([1]), new Uint32Array(0))).toMatch(/damaged/);
    expect(PackedStrings.problem(new Uint8Array([0, 1, 97]), new Uint32Array([1, 3]))).toMatch(/damaged/);
  });
});
