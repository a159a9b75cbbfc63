/**
 * Context on the project's own articles: the fixture article (China Coast Guard water cannon at Reed Bank) with
 * its feeds, and a short article written here about North Korean troops in Russia.
 */
import { describe, expect, it } from 'vitest';
import { buildStoryContext } from '../../utils/context/build-context';
import type { StoryContext } from '../../utils/context/types';
import type { Article, MatchResult, Source, Story } from '../../utils/types';
import { asMatch, fixtureWorld } from '../support/fixture-world';
import { coverageGroupName } from '../../components/labels';

const NOW = Date.UTC(2026, 10, 25, 12);
const settings = { pinned: [], people: [] };
const world = fixtureWorld(NOW);
const context = buildStoryContext({ ...world, settings, now: NOW });
const card = (ctx: StoryContext, heading: string) => {
  const found = ctx.stakes.find((c) => c.heading === heading);
  if (!found) throw new Error(`no card "${heading}" among ${ctx.stakes.map((c) => c.heading).join(', ')}`);
  return found;
};

describe('stakes on the fixture article', () => {
  it('has cards for China and the Philippines first, and the United States after', () => {
    expect(
      context.stakes
        .map((c) => c.heading)
        .slice(0, 3)
        .sort(),
    ).toEqual(["China's stake", "Philippines' stake", "United States' stake"]);
    expect(
      context.stakes
        .slice(0, 2)
        .map((c) => c.name)
        .sort(),
    ).toEqual(['China', 'Philippines']);
  });

  it("quotes the article's sentences on what China does and says, each linking to its place", () => {
    const china = card(context, "China's stake");
    const texts = china.inArticle.map((s) => s.quote.text);
    expect(texts.length).toBeGreaterThanOrEqual(3);
    expect(
      texts.some((t) => t.startsWith('In a separate statement, the China Coast Guard said it had expelled the vessel')),
    ).toBe(true);
    for (const s of china.inArticle) {
      expect(world.article.text.replace(/\s+/g, ' ')).toContain(s.quote.text.replace(/\s+/g, ' '));
      expect(s.quote.href).toMatch(/#:~:text=/);
      expect(s.named.length).toBeGreaterThan(0);
    }
    expect(china.namedAs).toEqual(expect.arrayContaining(['Beijing', 'Chinese', 'China']));
  });

  it('reads China and the Philippines in conflict, the United States and the Philippines as allies', () => {
    const philippines = card(context, "Philippines' stake");
    const byName = new Map(philippines.relations.map((r) => [r.name, r]));
    expect(byName.get('China')?.kind).toBe('conflict');
    expect(byName.get('United States')?.kind).toBe('support');
    expect(byName.get('United States')?.evidence.text).toMatch(/stood with its ally/);
  });

  it("says so when no outlet from the country is among the sources, and lists the actor's background", () => {
    const china = card(context, "China's stake");
    expect(china.ownOutlets).toEqual({ stories: [], sourcesFromCountry: 0 });
    expect(china.background.map((b) => b.title)).toContain(
      "Beijing warns Manila against 'unilateral' gas survey at Reed Bank",
    );
  });

  it('orders the timeline by date with the article among the reports', () => {
    const times = context.timeline.map((e) => e.story.published);
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    expect(context.timeline.filter((e) => e.kind === 'article')).toHaveLength(1);
    expect(context.timeline.filter((e) => e.kind === 'same')).toHaveLength(world.same.length);
  });

  it('tags the story with its actors, themes and the place the reports repeat', () => {
    const labels = context.tags.map((t) => t.label);
    expect(labels).toEqual(expect.arrayContaining(['China–Philippines', 'Maritime dispute', 'Reed Bank']));
    for (const t of context.tags) expect(t.count).toBeLessThanOrEqual(t.of);
  });

  it('counts coverage by outlet, and without outlet facts the blindspot is per source', () => {
    expect(context.coverage.outlets).toBe(2);
    expect(context.coverage.reports).toBe(world.same.length);
    expect(context.coverage.byCountry).toEqual([{ group: { kind: 'unknown', of: 'country' }, count: 2 }]);
    expect(context.coverage.groupedBy).toBe('source');
  });
});

describe('outlet facts from the catalogue', () => {
  const withFacts: Source[] = world.sources.map((s, i) => ({
    ...s,
    outlet:
      i === 0
        ? {
            catalogueId: 'wire',
            country: 'US',
            region: 'north-america',
            language: 'en',
            ownership: 'wire-agency',
            stateAffiliated: false,
            focus: [],
          }
        : {
            catalogueId: 'east',
            country: 'CN',
            region: 'east-asia',
            language: 'en',
            ownership: 'state',
            stateAffiliated: true,
            focus: [],
          },
  }));
  const extra: Source = {
    ...(world.sources[0] as Source),
    id: 'extra',
    feedUrl: 'https://ru.example/feed',
    title: 'Moscow Desk',
    outlet: {
      catalogueId: 'ru',
      country: 'RU',
      region: 'europe',
      language: 'en',
      ownership: 'state',
      stateAffiliated: true,
      focus: [],
    },
  };
  const ctx = buildStoryContext({ ...world, sources: [...withFacts, extra], settings, now: NOW });

  it("quotes China's own outlets, flagged state-affiliated", () => {
    const own = card(ctx, "China's stake").ownOutlets;
    expect(own?.sourcesFromCountry).toBe(1);
    expect(own?.stories.length).toBeGreaterThan(0);
    for (const s of own?.stories ?? []) {
      expect(s.story.outlet).toBe('Eastern Desk');
      expect(s.stateAffiliated).toBe(true);
    }
    expect(card(ctx, "Philippines' stake").ownOutlets?.stories).toEqual([]);
  });

  it('breaks coverage down by country, region and ownership, and names the blindspot', () => {
    expect(ctx.coverage.byCountry.map((c) => coverageGroupName(c.group)).sort()).toEqual(['China', 'United States']);
    expect(ctx.coverage.byRegion.map((c) => coverageGroupName(c.group)).sort()).toEqual(['East Asia', 'North America']);
    expect(ctx.coverage.byOwnership.map((c) => coverageGroupName(c.group)).sort()).toEqual([
      'State-owned or state-funded',
      'Wire agency',
    ]);
    expect(ctx.coverage.groupedBy).toBe('facts');
    expect(ctx.coverage.blindspot).toEqual([{ group: { kind: 'country', name: 'Russia' }, sources: 1 }]);
  });

  it('always has a card for a pinned actor, saying when the article does not name it', () => {
    const pinned = buildStoryContext({ ...world, settings: { pinned: ['Russia', 'NATO'], people: [] }, now: NOW });
    const russia = card(pinned, "Russia's stake");
    expect(russia.pinned).toBe(true);
    expect(russia.inArticle).toEqual([]);
    expect(russia.articleMentions).toBe(0);
    expect(card(pinned, "NATO's stake").ownOutlets).toBeNull();
  });
});

// The project's own short article, and two reports written for this test.
const KURSK: Article = {
  url: 'https://meridian.example/world/kursk',
  title: 'North Korean troops reach Russia’s Kursk region, Seoul says',
  siteName: 'The Meridian Post',
  byline: null,
  publishedTime: new Date(NOW - 3600_000).toISOString(),
  lang: 'en',
  lead: 'Pyongyang has sent several thousand soldiers to fight for Moscow, South Korean intelligence said.',
  text: [
    'Pyongyang has sent several thousand soldiers to fight for Moscow, South Korean intelligence said.',
    'Why it matters: the deployment would be North Korea’s first large part in a foreign war in decades, and it draws Seoul closer to Kyiv.',
    'President Volodymyr Zelenskyy warned that the troops would be in combat within days and urged allies to respond.',
    'The Kremlin did not deny the deployment. Kim Jong-un’s government wants Russian technology and cash in return, analysts say.',
    'NATO condemned the move as a dangerous escalation of Russia’s war against Ukraine.',
  ].join('\n\n'),
};
const report = (id: string, title: string, summary: string, outlet: string): MatchResult => {
  const story: Story = {
    id,
    url: `https://${id}.example/r`,
    title,
    summary,
    outlet,
    published: NOW - 7200_000,
    dateIsFetchTime: false,
    sourceIds: [id],
    image: null,
    firstSeen: NOW,
  };
  return asMatch(story);
};

describe('stakes on a second own article', () => {
  const same = [
    report(
      'a',
      'Seoul says North Korean troops in Kursk',
      'South Korea’s spy agency said 3,000 North Korean soldiers crossed into Russia at Vladivostok. Ukraine’s war with Russia enters a new phase.',
      'Wire One',
    ),
    report(
      'b',
      'Kremlin silent on North Korean soldiers',
      'Dmitry Peskov declined to comment. The war in Ukraine has lasted more than two years.',
      'Wire Two',
    ),
  ];
  const ctx = buildStoryContext({ article: KURSK, same, related: [], sources: [], settings, now: NOW });

  it('finds North Korea, Russia and Ukraine through metonyms, demonyms and leaders', () => {
    const headings = ctx.stakes.map((c) => c.heading);
    expect(headings).toEqual(expect.arrayContaining(["North Korea's stake", "Russia's stake", "Ukraine's stake"]));
    expect(card(ctx, "North Korea's stake").namedAs).toEqual(
      expect.arrayContaining(['Pyongyang', 'North Korean', 'Kim Jong-un']),
    );
    expect(card(ctx, "Ukraine's stake").people).toEqual([{ name: 'Volodymyr Zelensky', role: 'President' }]);
    expect(card(ctx, "North Korea's stake").inArticle.map((s) => s.quote.text)).toContain(
      'Kim Jong-un’s government wants Russian technology and cash in return, analysts say.',
    );
  });

  it('quotes the "Why it matters" passage, tags the war, and finds what others add', () => {
    expect(ctx.whyItMatters?.text).toMatch(/^the deployment would be North Korea’s first large part/);
    expect(ctx.tags.map((t) => t.label)).toContain('Russia–Ukraine war');
    const adds = ctx.othersAdd.flatMap((f) => f.adds);
    expect(adds).toEqual(expect.arrayContaining(['Vladivostok', 'Dmitry Peskov']));
    // Figures come as the matcher reads them, with the word after them.
    expect(adds.some((a) => a.startsWith('3,000'))).toBe(true);
    for (const f of ctx.othersAdd) expect(['Wire One', 'Wire Two']).toContain(f.quote.outlet);
  });
});
