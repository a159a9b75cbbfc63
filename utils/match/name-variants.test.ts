import { describe, expect, it } from 'vitest';
import { StoryIndex } from './inverted-index';
import { rankStories } from './rank';

const T = Date.UTC(2025, 2, 11, 9);
function indexOf(stories: [string, string, string][]): StoryIndex {
  const index = new StoryIndex();
  for (const [id, title, summary] of stories) index.add({ id, title, summary, published: T });
  return index;
}

describe('name variants (Fuse over the index vocabulary of names)', () => {
  const index = indexOf([
    [
      'a',
      'Zelensky meets Okonjo in Halvern',
      'President Zelensky and Mara Okonjo discussed grain shipments through Halvern.',
    ],
    ['b', 'Zelensky visits Caldera Terminals', 'Zelensky toured the port with Caldera Terminals managers.'],
    ['c', 'Pyongyang fires missile', 'Pyongyang launched a missile into the sea, officials in Seoul said.'],
    ['d', 'Orchard growers report record harvest', 'Growers in the Farrow valley picked more apples than ever.'],
  ]);

  it('finds the spelling the feeds use for a name the article spells differently', () => {
    const id = index.variants.variantOf('zelenskyy');
    expect(id).toBeDefined();
    expect(index.term(id as number)).toBe('zelensky');
    expect(index.term(index.variants.variantOf('pyongyng') as number)).toBe('pyongyang');
  });

  it('leaves short words, known words and non-names alone', () => {
    expect(index.variants.variantOf('kin')).toBeUndefined();
    expect(index.variants.variantOf('orchards')).toBeUndefined(); // "orchard" is no name word here
    expect(index.variants.variantOf('zzzzzzz')).toBeUndefined();
  });

  it("ranks reports naming the variant, and explains with the article's own spelling", () => {
    const results = rankStories(index, {
      title: 'Zelenskyy meets Okonjo in Halvern',
      lead: 'President Zelenskyy and Mara Okonjo discussed grain shipments.',
      text: 'Zelenskyy said shipments through Halvern would resume.',
      published: T,
    });
    expect(results[0]?.id).toBe('a');
    expect(results[0]?.sharedNames.some((n) => n.includes('Zelenskyy'))).toBe(true);
  });

  it('takes no word for a name it only begins: a French article finds nothing in a San Francisco story', () => {
    // Fuse found "francais" at the start of "francisco" with one letter off; the whole words are three edits apart.
    const english = indexOf([
      [
        'sf',
        'Ridewell will soon offer taxi rides in San Francisco',
        'Drivers in San Francisco can soon take taxi fares through the Ridewell app, the company said.',
      ],
      ['h', 'Orchard growers report record harvest', 'Growers in the Farrow valley picked more apples than ever.'],
    ]);
    expect(english.variants.variantOf('francais')).toBeUndefined();
    const shown = rankStories(english, {
      title: "Un deuxième Français mort dans l'avalanche de Valdorne",
      lead: 'Un alpiniste français a été emporté sans avertissement, a confirmé le ministère.',
      text: "Un alpiniste français a été emporté sans avertissement dans l'avalanche de Valdorne. Les secours français sont partis sans attendre, a confirmé le ministère.",
      published: T,
    });
    expect(shown).toEqual([]);
  });

  it('follows the vocabulary as stories come and go', () => {
    const growing = indexOf([['x', 'Halvern port reopens', 'Dockers returned to work in Halvern.']]);
    expect(growing.variants.variantOf('zelenskyy')).toBeUndefined();
    growing.add({ id: 'y', title: 'Zelensky in Halvern', summary: 'Zelensky visited the port.', published: T });
    expect(growing.term(growing.variants.variantOf('zelenskyy') as number)).toBe('zelensky');
    growing.remove('y');
    expect(growing.variants.variantOf('zelenskyy')).toBeUndefined();
  });
});
