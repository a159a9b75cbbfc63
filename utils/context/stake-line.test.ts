/**
 * A stake card's one line, on sentences written for this test: the clause that names the actor, every word the
 * article's, and never a quotation cut open.
 */
import { describe, expect, it } from 'vitest';
import { articleDoc } from './corpus';
import { gazetteerFor } from './gazetteer';
import { stakeLine } from './stake-line';

const g = gazetteerFor();

/** The line for the country called `name` from the one body sentence of `text`. */
function lineFor(text: string, name: string): string | null {
  const doc = articleDoc(g, {
    url: 'https://meridian.example/world/story',
    title: 'Ministers meet over the disputed shoal',
    siteName: 'The Meridian Post',
    byline: null,
    publishedTime: null,
    lang: 'en',
    lead: '',
    text,
  });
  const sentence = doc.sentences.find((s) => s.place === 'body' && s.mentions.length > 0);
  const mention = sentence?.mentions.find((m) => g.actor(m.actor)?.name === name);
  if (!sentence || !mention) throw new Error(`no mention of ${name} in the test sentence`);
  return stakeLine(sentence, mention.actor);
}

describe('stakeLine', () => {
  it('keeps a quotation that opens after the actor whole, marks and all', () => {
    expect(lineFor('Japan’s foreign ministry expressed “serious concern” about the stand-off.', 'Japan')).toBe(
      'Japan’s foreign ministry expressed “serious concern” about the stand-off.',
    );
  });

  it('ends the line where a quotation the actor stands inside closes', () => {
    expect(
      lineFor(
        '“The shoal has belonged to the people of the Philippines for generations,” the minister said on Tuesday.',
        'Philippines',
      ),
    ).toBe('The shoal has belonged to the people of the Philippines for generations');
  });

  it('trims a long sentence to the clause that names the actor', () => {
    const line = lineFor(
      'Ministers from six countries met in a hotel by the harbour for two days of talks on fishing quotas; Vietnam asked for a hotline between the coast guards of every claimant.',
      'Vietnam',
    );
    expect(line).toBe('Vietnam asked for a hotline between the coast guards of every claimant.');
  });
});
