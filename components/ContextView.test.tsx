import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { TabContext } from '../utils/messages';
import type { MatchResult } from '../utils/types';
import { ContextView } from './ContextView';
import { NOT_ARTICLE_REASON } from '../utils/extract/reasons';
import { said } from '../utils/said';

const now = Date.UTC(2026, 10, 25, 12);

const match = (title: string, url: string, verdict: 'same' | 'related'): MatchResult => ({
  story: {
    id: url,
    url,
    title,
    summary: '',
    outlet: 'Harbour Gazette',
    published: now - 3 * 3600_000,
    dateIsFetchTime: false,
    sourceIds: ['s'],
    image: null,
    firstSeen: now,
  },
  score: 1,
  verdict,
  why: { shared: ['Valparaíso', 'dockworkers'], figures: [], daysApart: 0 },
  sharedNames: ['Valparaíso'],
  sharedTerms: ['dockworkers'],
});

const article = (same: MatchResult[], related: MatchResult[]): TabContext => ({
  state: 'article',
  article: {
    url: 'https://paper.example/strike',
    title: 'Dockworkers walk out in Valparaíso',
    siteName: 'The Paper',
    byline: null,
    publishedTime: new Date(now - 2 * 3600_000).toISOString(),
    lang: 'en',
    lead: '',
    text: '',
  },
  same,
  related,
  sourceCount: 2,
  storyCount: 40,
  siteOrigin: 'https://paper.example',
});

const render = (context: TabContext) =>
  renderToStaticMarkup(<ContextView state={{ status: 'ready', context }} onOpenOptions={() => {}} now={now} />);

describe('ContextView', () => {
  it('shows the article, both sections, each story as a new-tab link with outlet, time and why', () => {
    const html = render(article([match('Port of Valparaíso shut by strike', 'https://a.example/1', 'same')], []));
    expect(html).toContain('<h1 class="article-title">Dockworkers walk out in Valparaíso</h1>');
    expect(html).toMatch(/<h2 id="section-same-story">Same story/);
    expect(html).toMatch(/<h2 id="section-related-background">Related background/);
    expect(html).toContain(
      'href="https://a.example/1" target="_blank" rel="noopener noreferrer">Port of Valparaíso shut by strike</a>',
    );
    expect(html).toContain('3 hours ago');
    expect(html).toContain('shared: Valparaíso, dockworkers · same day');
    expect(html).toContain('No background stories found.');
  });

  it('renders feed text as text and never links to script URLs', () => {
    const html = render(article([match('<img src=x onerror=alert(1)>', 'javascript:alert(1)', 'same')], []));
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('javascript:');
  });

  it('shows copies from other outlets as "+N outlets", each reachable as a link', () => {
    const lead = {
      ...match('Port of Valparaíso shut by strike', 'https://a.example/1', 'same'),
      alsoReportedBy: [
        { outlet: 'Coast Wire', url: 'https://wire.example/strike', title: 'Port of Valparaíso shut by dock strike' },
        { outlet: 'Daily Sun', url: 'https://sun.example/strike', title: 'Valparaíso port shut by strike' },
      ],
    };
    const html = render(article([lead], []));
    expect(html).toContain('<summary>+2 outlets</summary>');
    expect(html).toContain(
      'href="https://wire.example/strike" target="_blank" rel="noopener noreferrer">Port of Valparaíso shut by dock strike</a>',
    );
    expect(html).toContain('Daily Sun');
    expect(
      render(article([match('Port of Valparaíso shut by strike', 'https://a.example/1', 'same')], [])),
    ).not.toContain('<details');
  });

  it('says plainly when nothing related was found', () => {
    expect(render(article([], []))).toContain('Nothing related found among 40 stories from your 2 sources.');
  });

  it('says why a live page or briefing has no Same story, and keeps the usual words for a report', () => {
    const live = article([], [match('Port of Valparaíso shut by strike', 'https://a.example/1', 'related')]);
    if (live.state !== 'article') throw new Error('an article context');
    live.article.title = 'Chile strike live: Valparaíso port shut, talks resume';
    const html = render(live);
    expect(html).toContain('This page gathers many events (a live page or a briefing)');
    expect(html).not.toContain('No other outlet in your sources has reported this event yet.');
    expect(render(article([], []))).toContain('No other outlet in your sources has reported this event yet.');
  });

  it('has a state for no sources and for pages that are not articles', () => {
    expect(render({ state: 'no-sources' })).toContain('Add sources');
    expect(render({ state: 'not-article', reason: NOT_ARTICLE_REASON })).toContain(
      'This page doesn&#x27;t look like a news article',
    );
    expect(render({ state: 'not-article', reason: said('tab.needsClick') })).toContain(
      'Sidelight needs your click on its toolbar button to read this page.',
    );
  });
});
