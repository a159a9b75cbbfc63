/**
 * The stakes engine on the project's own international-news articles (tests/fixtures/stakes-intl): organisations
 * as focal actors, stakes through officials and capitals, demonyms, a summit, French, Spanish and German stories,
 * and pages with no actor. Each check is a card a reader would (or would not) see.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreStakes, type GoldPage, type PredPage } from '../../tests/eval/stakes-score';
import { makeLead } from '../extract/lead';
import type { Article } from '../types';
import { buildStoryContext } from './build-context';
import type { StoryContext } from './types';

const DIR = path.resolve(__dirname, '../../tests/fixtures/stakes-intl');
const lines = <T>(file: string): T[] =>
  readFileSync(path.join(DIR, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim().length > 0)
    .map((l) => JSON.parse(l) as T);

interface Input {
  id: string;
  title: string;
  text: string;
}
const inputs = lines<Input>('articles.jsonl');
const gold = lines<GoldPage>('gold.jsonl');

function contextOf(input: Input): StoryContext {
  const paragraphs = input.text.split(/\n{2,}/u).map((p) => p.trim());
  const article: Article = {
    url: `https://meridian.example/${input.id}`,
    title: input.title,
    siteName: 'The Meridian Post',
    byline: null,
    publishedTime: null,
    lang: null,
    lead: makeLead(paragraphs),
    text: input.text,
  };
  return buildStoryContext({ article, same: [], related: [], sources: [], settings: { pinned: [], people: [] } });
}
const contexts = new Map(inputs.map((i) => [i.id, contextOf(i)]));
const shown = (id: string): string[] => {
  const ctx = contexts.get(id);
  return [...(ctx?.stakes.map((c) => c.name) ?? []), ...(ctx?.alsoAtStake.map((a) => a.name) ?? [])];
};
const quotes = (id: string, name: string): string[] =>
  contexts
    .get(id)
    ?.stakes.find((c) => c.name === name)
    ?.inArticle.map((s) => s.quote.text) ?? [];

describe('organisations as the story’s subject', () => {
  it('opens with the UN card when its refugee agency warns, and no card for the countries refugees cross into', () => {
    expect(contexts.get('unhcr-sudan')?.stakes[0]?.name).toBe('United Nations');
    expect(shown('unhcr-sudan')).toContain('Chad');
    expect(shown('unhcr-sudan')).not.toContain('Egypt');
    expect(shown('unhcr-sudan')).not.toContain('South Sudan');
  });

  it('quotes the IMF through "the fund said", and shows Pakistan beside it', () => {
    expect(shown('imf-pakistan')).toEqual(expect.arrayContaining(['IMF', 'Pakistan']));
    expect(quotes('imf-pakistan', 'IMF').some((q) => q.startsWith('The fund said'))).toBe(true);
  });

  it('reads "Unión Europea" and "Comisión Europea" in a Spanish story as the European Union', () => {
    expect(shown('es-mercosur')).toContain('European Union');
  });
});

describe('who acts in a sentence', () => {
  it('does not make "Iranian-designed drones" the headline’s subject: Ukraine’s card comes first', () => {
    expect(contexts.get('drones-grid')?.stakes[0]?.name).toBe('Ukraine');
  });

  it('finds the subject past a relative clause ("Germany, whose carmakers…, voted against them")', () => {
    expect(shown('eu-ev-tariffs')).toContain('Germany');
    expect(shown('g20-summit')).toContain('South Africa');
  });
});

describe('pages with no actor', () => {
  it('show no stake card on a gadget review or a local race', () => {
    expect(shown('no-actor-kettle')).toEqual([]);
    expect(shown('no-actor-marathon')).toEqual([]);
  });
});

describe('the figures on these articles', () => {
  it('keeps whose story it is, shows few wrong cards and quotes the labelled sentences', () => {
    const preds: PredPage[] = inputs.map((i) => {
      const ctx = contexts.get(i.id);
      return {
        id: i.id,
        actors: [
          ...(ctx?.stakes ?? []).map((c) => ({ name: c.name, stake: c.inArticle.map((s) => s.quote.text) })),
          ...(ctx?.alsoAtStake ?? []).map((a) => ({ name: a.name, stake: [a.quote.text] })),
        ],
      };
    });
    const s = scoreStakes(gold, preds);
    expect(s['focal@1']).toBeGreaterThanOrEqual(0.9);
    expect(s.actor_P).toBeGreaterThanOrEqual(0.9);
    expect(s.quiet).toBe(1);
    expect(s['evidence_P@3']).toBeGreaterThanOrEqual(0.65);
  });
});
