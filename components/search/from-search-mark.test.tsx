import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { MatchResult } from '../../utils/types';
import { StoryRow } from '../StoryRow';

const now = Date.UTC(2026, 10, 25, 12);
const match = (sourceIds: string[]): MatchResult => ({
  story: {
    id: 'https://islandtimes.example/reed-bank',
    url: 'https://islandtimes.example/reed-bank',
    title: 'Water cannon fired at survey ship near Reed Bank',
    summary: '',
    outlet: 'islandtimes.example',
    published: now - 2 * 3600_000,
    dateIsFetchTime: false,
    sourceIds,
    image: null,
    firstSeen: now,
  },
  score: 1,
  verdict: 'same',
  why: { shared: ['Reed Bank'], figures: [], daysApart: 0 },
  sharedNames: ['Reed Bank'],
  sharedTerms: [],
});

describe('the "from search" mark', () => {
  it('marks a story only search found', () => {
    const html = renderToStaticMarkup(<StoryRow match={match(['search:gdelt', 'search:google-news'])} now={now} />);
    expect(html).toContain('from search');
    expect(html).toContain('islandtimes.example');
  });

  it('leaves a story one of your feeds carried unmarked, even if search found it too', () => {
    expect(
      renderToStaticMarkup(<StoryRow match={match(['https://wire.example/feed', 'search:gdelt'])} now={now} />),
    ).not.toContain('from search');
    expect(renderToStaticMarkup(<StoryRow match={match(['https://wire.example/feed'])} now={now} />)).not.toContain(
      'from search',
    );
  });
});
