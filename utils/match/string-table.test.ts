import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_VALUE, StringTable } from './string-table';

describe('StringTable', () => {
  it('finds what was added and forgets what was deleted, like a Map', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), fc.string({ maxLength: 3 })), { maxLength: 300 }), (ops) => {
        const keys: (string | undefined)[] = [];
        const table = new StringTable((v) => keys[v]);
        const model = new Map<string, number>();
        for (const [add, key] of ops) {
          if (add && !model.has(key)) {
            keys.push(key);
            table.add(keys.length - 1);
            model.set(key, keys.length - 1);
          } else if (!add) {
            expect(table.delete(key)).toBe(model.delete(key));
          }
          expect(table.size).toBe(model.size);
        }
        for (const key of new Set(ops.map(([, k]) => k))) expect(table.get(key)).toBe(model.get(key));
      }),
    );
  });

  it('holds numbers up to its limit and says so beyond it', () => {
    const table = new StringTable((v) => (v === MAX_VALUE ? 'last' : undefined));
    table.add(MAX_VALUE);
    expect(table.get('last')).toBe(MAX_VALUE);
    expect(() => table.add(MAX_VALUE + 1)).toThrow(RangeError);
  });
});
