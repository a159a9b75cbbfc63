/**
 * Context on real news pages (Mozilla Readability's test pages in ../shared): on every page it runs without
 * error, and it names sensible top actors. Prints, for a person to read, each page's title, its top actors with
 * their scores, its stake cards and each card's best sentence.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { buildStoryContext } from '../../utils/context/build-context';
import { articleDoc } from '../../utils/context/corpus';
import { gazetteerFor } from '../../utils/context/gazetteer';
import { rankActors } from '../../utils/context/salience';
import { extractArticle } from '../../utils/extract/extract-article';
import { SHARED_DIR, sharedAvailable } from '../support/shared-corpus';

const SHARED = SHARED_DIR;
const PAGES = path.join(SHARED, 'fixtures/pages/readability');
const present = sharedAvailable('context corpora', [PAGES]);

/** Pages whose subject is plainly one or two countries: they must be among the top three (read from each page's title and text). */
const EXPECTED_TOP: Record<string, string[]> = {
  'bbc-1': ['United States'],
  'guardian-1': ['New Zealand'],
  folha: ['Brazil'],
  'la-nacion': ['Argentina', 'Chile'],
  'liberation-1': ['Nepal', 'France'],
  'nytimes-1': ['Sudan', 'United States'],
  telegraph: ['Zimbabwe'],
  'wapo-1': ['Tunisia'],
  'wapo-2': ['Israel', 'United States'],
  'yahoo-2': ['Russia'],
};

describe.skipIf(!present)('context on real pages', () => {
  const names = present ? readdirSync(PAGES).sort() : [];
  const gazetteer = gazetteerFor([]);
  const lines: string[] = [];
  const tops = new Map<string, string[]>();

  it('runs on every page without error and prints what it found', () => {
    for (const name of names) {
      const html = readFileSync(path.join(PAGES, name, 'source.html'), 'utf8');
      const dom = new JSDOM(html, { url: 'http://fakehost/test/page.html', virtualConsole: new VirtualConsole() });
      const extracted = extractArticle(dom.window.document, dom.window.location.href);
      if (extracted.kind !== 'article') {
        lines.push(`${name}: not an article`);
        continue;
      }
      const article = extracted.article;
      const context = buildStoryContext({
        article,
        same: [],
        related: [],
        sources: [],
        settings: { pinned: [], people: [] },
      });
      const ranked = rankActors(articleDoc(gazetteer, article), []).slice(0, 5);
      tops.set(
        name,
        ranked.slice(0, 3).map((r) => gazetteer.actor(r.actor)?.name ?? r.actor),
      );
      lines.push(`${name}: ${article.title.slice(0, 90)}`);
      lines.push(
        `  top actors: ${ranked.map((r) => `${gazetteer.actor(r.actor)?.name ?? r.actor} ${r.score.toFixed(1)}`).join(', ') || '(none)'}`,
      );
      for (const card of context.stakes) {
        lines.push(`  ${card.heading}: ${card.inArticle[0]?.quote.text.slice(0, 150) ?? '(no sentence)'}`);
      }
      if (context.tags.length > 0) lines.push(`  tags: ${context.tags.map((t) => t.label).join(', ')}`);
      dom.window.close();
    }
    console.log(lines.join('\n'));
    expect(tops.size).toBeGreaterThan(30);
  });

  it('names the plain subject of pages about a country among the top three actors', () => {
    for (const [name, actors] of Object.entries(EXPECTED_TOP)) {
      if (!tops.has(name)) continue;
      expect(tops.get(name), name).toEqual(expect.arrayContaining(actors));
    }
  });
});
