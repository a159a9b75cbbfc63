import { describe, expect, it } from 'vitest';
import { explain } from './explain';
import type { MatchFeatures } from './features';

/** The features explain reads; the rest do not matter to the why line. */
const features = (over: Partial<MatchFeatures>): MatchFeatures =>
  ({ sharedNames: [], carriedNames: [], sharedNumbers: [], daysApart: null, ...over }) as MatchFeatures;

describe('explain', () => {
  it('says a word once, in the figure that already shows it', () => {
    const why = explain(features({ sharedNames: ['Reed Bank'], sharedNumbers: ['40-minute'] }), [
      'minute',
      'confrontation',
      'hull',
    ]);
    expect(why.shared).toEqual(['Reed Bank', 'confrontation', 'hull']);
    expect(why.figures).toEqual(['40-minute']);
  });

  it('keeps words no figure shows, up to three after up to four names, and rounds the days', () => {
    const why = explain(
      features({
        sharedNames: ['North Korea', 'Kursk', 'Russia', 'Pyongyang', 'Seoul'],
        sharedNumbers: ['3,200 dockworkers', '12 ships', '40 tonnes'],
        daysApart: 1.6,
      }),
      ['Dockworkers', 'troops', 'deployment', 'border', 'ships'],
    );
    expect(why.shared).toEqual(['North Korea', 'Kursk', 'Russia', 'Pyongyang', 'troops', 'deployment', 'border']);
    expect(why.figures).toEqual(['3,200 dockworkers', '12 ships']);
    expect(why.daysApart).toBe(2);
  });

  it('names a headline country the story gives by another of its names, after the names it writes alike', () => {
    const why = explain(features({ sharedNames: ['Russia'], carriedNames: ['North Korea'] }), ['weapons']);
    expect(why.shared).toEqual(['Russia', 'North Korea', 'weapons']);
  });
});
