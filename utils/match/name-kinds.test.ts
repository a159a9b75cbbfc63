/**
 * A headline's person or place as a proper name or a common word, from the article's capitals and the cache's.
 * All text is written for this test.
 */
import { describe, expect, it } from 'vitest';
import { StoryIndex } from './inverted-index';
import { nameKinds } from './name-kinds';
import type { QueryName } from './query';

/** A cache of `n` stories writing "police" as a word, and `named` of them naming "Sydney". */
function cache(n: number, named: number): StoryIndex {
  const index = new StoryIndex();
  for (let k = 0; k < n; k++)
    index.add({
      id: `s${k}`,
      title: `Market stall fire number ${k}`,
      summary: `Nobody was hurt, police said${k < named ? ', in a suburb of Sydney' : ''}.`,
      published: null,
    });
  return index;
}

const name = (index: StoryIndex, text: string, proven: boolean): QueryName => {
  const id = index.termId(text.toLowerCase() === 'police' ? 'polic' : text.toLowerCase());
  return { text, termIds: id === undefined ? [] : [id], unknownIdf: 0, weight: 1, prominence: 1, proven, keys: [] };
};

describe('nameKinds', () => {
  const index = cache(12, 12);
  const kinds = (names: QueryName[], actors = new Map<number, unknown>()) =>
    nameKinds(index, names, new Map(names.map((_, rank) => [rank, 1])), actors);

  it('takes a name the article proves and the cache writes as one for a proper name', () => {
    const { proper, common } = kinds([name(index, 'Sydney', true)]);
    expect([...proper]).toEqual([0]);
    expect([...common]).toEqual([]);
  });

  it('takes a word the cache writes in lowercase for a common word, proved or not', () => {
    for (const proven of [true, false]) {
      const { proper, common } = kinds([name(index, 'Police', proven)]);
      expect([...proper]).toEqual([]);
      expect([...common]).toEqual([0]);
    }
  });

  it('makes an unproved name no proper name, and a small cache tells nothing', () => {
    expect([...kinds([name(index, 'Sydney', false)]).proper]).toEqual([]);
    const small = cache(3, 0);
    const police = name(small, 'Police', true);
    const { proper, common } = nameKinds(small, [police], new Map([[0, 1]]), new Map());
    expect([...proper]).toEqual([0]);
    expect([...common]).toEqual([]);
  });

  it('leaves out a country or organisation, whose other names carry it', () => {
    const { proper, common } = kinds([name(index, 'Sydney', true)], new Map([[0, []]]));
    expect([...proper, ...common]).toEqual([]);
  });
});
