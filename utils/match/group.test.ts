import { describe, expect, it } from 'vitest';
import type { MatchResult, Story } from '../types';
import { areCopies, groupCopies } from './group';

const T = Date.UTC(2025, 2, 11, 9);
const story = (id: string, outlet: string, title: string, summary: string, published = T): Story => ({
  id,
  url: id,
  title,
  summary,
  outlet,
  published,
  dateIsFetchTime: false,
  sourceIds: [outlet],
  image: null,
  firstSeen: T,
});
const match = (s: Story, score: number): MatchResult => ({
  story: s,
  score,
  verdict: 'same',
  why: { shared: [s.id], figures: [], daysApart: null },
  sharedNames: [],
  sharedTerms: [],
});

const WIRE =
  'Dockworkers at the Port of Halvern began a 48-hour strike on Tuesday after Caldera Terminals rejected a 9 percent pay claim, union leader Mara Okonjo said.';

describe('groupCopies', () => {
  const wire = story('https://wire.example/1', 'Coast Wire', 'Halvern dockers begin 48-hour strike', WIRE, T);
  const reprint = story(
    'https://sun.example/1',
    'Daily Sun',
    'Halvern dock workers begin 48-hour strike',
    `${WIRE} Ships queued in the estuary by noon.`,
    T + 3_600_000,
  );
  const sameWire = story('https://post.example/1', 'Evening Post', 'Strike at Halvern port', WIRE, T + 7_200_000);
  const own = story(
    'https://gazette.example/1',
    'Gazette',
    'Ships queue off Halvern as strike bites',
    'Vessels wait in the Skelling estuary as the stoppage enters its first night.',
    T,
  );

  it('collapses near-identical headlines and the same wire text into one row, the most complete report first', () => {
    const rows = groupCopies([match(wire, 0.9), match(own, 0.8), match(reprint, 0.7), match(sameWire, 0.6)]);
    expect(rows).toHaveLength(2);
    const [first, second] = rows;
    expect(first?.story.id).toBe(reprint.id); // longest summary
    expect(first?.score).toBe(0.9); // ranks where its best member ranked
    expect(first?.why.shared).toEqual([wire.id]);
    expect(first?.alsoReportedBy?.map((o) => o.outlet).sort()).toEqual(['Coast Wire', 'Evening Post']);
    expect(second?.story.id).toBe(own.id);
    expect(second?.alsoReportedBy).toBeUndefined();
  });

  it('keeps different reports of one event apart', () => {
    expect(areCopies(wire, own)).toBe(false);
    expect(areCopies(wire, reprint)).toBe(true);
    expect(groupCopies([])).toEqual([]);
  });

  it('leads with the earliest of equally complete copies', () => {
    const later = story('https://late.example/1', 'Late', wire.title, WIRE, T + 99);
    const rows = groupCopies([match(later, 0.9), match(wire, 0.5)]);
    expect(rows[0]?.story.id).toBe(wire.id);
    expect(rows[0]?.alsoReportedBy).toEqual([{ outlet: 'Late', url: later.url, title: later.title }]);
  });
});
