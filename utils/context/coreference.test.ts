/**
 * The coreference the stake cards use, on sentences written for this test: a state named by what it is ("the
 * government", "the country", "le gouvernement", "el Estado argentino") and an official named by office, each
 * found as evidence of its country's stake without making any actor salient.
 */
import { describe, expect, it } from 'vitest';
import type { Article } from '../types';
import { buildStoryContext } from './build-context';
import { articleDoc } from './corpus';
import { gazetteerFor } from './gazetteer';

const g = gazetteerFor();
const article = (title: string, paragraphs: string[], lang: string | null = 'en'): Article => ({
  url: 'https://meridian.example/world/story',
  title,
  siteName: 'The Meridian Post',
  byline: null,
  publishedTime: null,
  lang,
  lead: paragraphs[0] ?? '',
  text: paragraphs.join('\n\n'),
});
/** Each sentence's references as "surface → country name:role". */
const refsOf = (a: Article) =>
  articleDoc(g, a).sentences.flatMap((s) => s.refs.map((r) => `${r.surface} → ${g.actor(r.actor)?.name}:${r.role}`));

describe('states named by what they are', () => {
  it('resolves "the government" and "the country" to the country named before them in the paragraph', () => {
    const refs = refsOf(
      article('Gunmen attack a museum in the capital', [
        'Gunmen killed 19 people at Tunisia’s national museum on Wednesday. The government outlawed the group behind the attack.',
        'Earlier, Kenya hosted the talks. He vowed that the country would be merciless in defending itself.',
      ]),
    );
    expect(refs).toEqual(['The government → Tunisia:agent', 'the country → Kenya:agent']);
  });

  it('reads what the state noun does: acts, owns, is acted on, or places something', () => {
    const refs = refsOf(
      article('Japan weighs its budget', [
        'Japan published its budget on Monday. Pressure on the government grew after the vote.',
        'Japan also cut rates. Prices rose across the country for a third month.',
        'Japan’s exports slowed. The country’s exporters asked for help.',
      ]),
    );
    expect(refs).toEqual([
      'the government → Japan:affected',
      'the country → Japan:location',
      'The country → Japan:official',
    ]);
  });

  it('falls back to the headline’s country when the paragraph names none, and leaves "the government team" alone', () => {
    const refs = refsOf(
      article('India’s economy slows as rates stay high', [
        'Growth fell to 4.5 percent in the quarter.',
        'For the last few months, the government has been active in addressing the concerns.',
        'In their meetings, the government team boasted of concessions.',
      ]),
    );
    expect(refs).toEqual(['the government → India:agent', 'the government → India:mention']);
  });

  it('reads "the Government" with a capital as the state, but not inside a longer name', () => {
    const refs = refsOf(
      article('Publishers push back against new data laws', [
        'Ministers toured newsrooms this week to defend a bill that would make phone companies keep records for two years.',
        'Australian police chiefs told editors the records were needed to catch criminals.',
        'Editors said the Government had been alarmed by the strength of the criticism.',
        'Media groups want journalists exempted, as they are in Britain. Adopting the UK model would take only weeks.',
        'The Government has refused to delay the vote. The Government Accountability Office was not consulted.',
      ]),
    );
    // With no country in their paragraphs and none in the headline, they are the country the article gives a part of
    // its own (Australia's police chiefs speak), not the one it names more often as a place and a model (Britain).
    expect(refs).toEqual(['the Government → Australia:agent', 'The Government → Australia:agent']);
  });

  it('finds them in French and Spanish, with the country an adjective after the noun names', () => {
    expect(
      refsOf(
        article(
          'Le Parlement adopte la loi sur le renseignement',
          [
            'Les députés ont adopté la loi en France mardi.',
            'Le gouvernement se défend de toute surveillance de masse.',
            'Les autorités françaises restent sans nouvelles de dix ressortissants.',
          ],
          'fr',
        ),
      ),
    ).toEqual(['Le gouvernement → France:mention', 'Les autorités françaises → France:mention']);
    expect(
      refsOf(
        article(
          'La Argentina y sus instituciones',
          ['En la Argentina pocos confían en las instituciones.', 'El problema del Estado argentino es antiguo.'],
          'es',
        ),
      ),
    ).toEqual(['del Estado argentino → Argentina:mention']);
  });
});

describe('officials named by office', () => {
  it('ties "Tunisian Prime Minister Habib Essid" to Tunisia, so "Essid declared" is Tunisia speaking', () => {
    const refs = refsOf(
      article('Attack on a museum', [
        'Tunisian Prime Minister Habib Essid said a local museum worker was killed.',
        '“Our nation is in danger,” Essid declared in a televised address.',
      ]),
    );
    expect(refs).toEqual(['Essid → Tunisia:agent']);
  });

  it('does not tie a person to a country named only as a topic ("Russia adviser Fiona Hill")', () => {
    const refs = refsOf(
      article('Testimony in Washington', [
        'Former Russia adviser Fiona Hill testified on Thursday.',
        'Hill said she had raised concerns.',
      ]),
    );
    expect(refs).toEqual([]);
  });
});

describe('as evidence, not salience', () => {
  const ctx = buildStoryContext({
    article: article('Tunisia vows to defend itself after museum attack', [
      'Gunmen opened fire at Tunisia’s national museum on Wednesday, killing 19 people.',
      'Tunisian Prime Minister Habib Essid said a security official was among the dead.',
      '“Our nation is in danger,” Essid declared in a televised address on Wednesday evening.',
      'The government outlawed the group behind the attack and promised a wider crackdown.',
      'A survivor said the gunmen had come from a nearby street.',
    ]),
    same: [],
    related: [],
    sources: [],
    settings: { pinned: [], people: [] },
  });

  it('quotes sentences naming the country only by reference, with the reference emphasised', () => {
    const tunisia = ctx.stakes.find((c) => c.name === 'Tunisia');
    const quotes = tunisia?.inArticle ?? [];
    expect(quotes.map((q) => q.quote.text)).toContain(
      '“Our nation is in danger,” Essid declared in a televised address on Wednesday evening.',
    );
    expect(quotes.find((q) => q.quote.text.startsWith('The government'))?.named).toEqual(['The government']);
  });

  it('gives no card to an actor for references alone', () => {
    expect(ctx.stakes.map((c) => c.name)).toEqual(['Tunisia']);
  });
});
