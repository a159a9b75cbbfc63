import { describe, expect, it } from 'vitest';
import type { FeedItem } from '../types';
import { withoutBoilerplate } from './boilerplate';

const item = (title: string, summary: string): FeedItem => ({
  title,
  summary,
  link: `https://news.example/${encodeURIComponent(title)}`,
  published: null,
  guid: null,
  image: null,
});

describe('withoutBoilerplate', () => {
  it('drops the closing line a feed puts under most of its summaries, and keeps the story text', () => {
    const items = withoutBoilerplate([
      item('Ferry service resumes', 'The harbour ferry sails again after repairs. Read the full story ›'),
      item('Council votes on parking', 'Councillors meet on Tuesday to vote on fees! Read the full story ›'),
      item('Library extends hours', 'Opening until nine from May. Read the full story ›'),
      item('Harbour festival', 'Boats, music and food on the quay 🎉 Read the full story ›'),
      item('Bridge closes for a week', 'Engineers will inspect the cables.'),
    ]);
    expect(items.map((i) => i.summary)).toEqual([
      'The harbour ferry sails again after repairs.',
      'Councillors meet on Tuesday to vote on fees!',
      'Opening until nine from May.',
      'Boats, music and food on the quay 🎉',
      'Engineers will inspect the cables.',
    ]);
    expect(items.map((i) => i.title)).toContain('Harbour festival');
  });

  it('keeps a closing sentence that only two summaries share', () => {
    const summaries = [
      'Rain closed the coast road. Drivers should use the inland route.',
      'A landslide blocked the pass. Drivers should use the inland route.',
      'The market opens early on Saturday.',
    ];
    expect(withoutBoilerplate(summaries.map((s, i) => item(`Story ${i}`, s))).map((i) => i.summary)).toEqual(summaries);
  });

  it("drops WordPress's closing line, which names each post", () => {
    const [cleaned] = withoutBoilerplate([
      item(
        'Orchard wins award',
        'The orchard on Mill Lane won the county prize. The post Orchard wins award appeared first on Valley Gazette.',
      ),
    ]);
    expect(cleaned?.summary).toBe('The orchard on Mill Lane won the county prize.');
  });

  it('empties a summary that is nothing but the furniture, and leaves short feeds alone', () => {
    const furniture = 'Listen on your favourite app.';
    const items = withoutBoilerplate([
      item('Episode 1', furniture),
      item('Episode 2', `Guests discuss tides. ${furniture}`),
      item('Episode 3', `A tour of the lighthouse. ${furniture}`),
    ]);
    expect(items.map((i) => i.summary)).toEqual(['', 'Guests discuss tides.', 'A tour of the lighthouse.']);
    const two = [item('A', `One. ${furniture}`), item('B', `Two. ${furniture}`)];
    expect(withoutBoilerplate(two)).toEqual(two);
  });

  it('does not count summaries cut short (ending "…") against the share', () => {
    const furniture = 'Hosted by Quayside Audio.';
    const cut = Array.from({ length: 30 }, (_, i) => item(`Long episode ${i}`, `A long description of episode ${i}…`));
    const whole = Array.from({ length: 3 }, (_, i) =>
      item(`Short episode ${i}`, `Episode ${i} in brief. ${furniture}`),
    );
    const cleaned = withoutBoilerplate([...cut, ...whole]);
    expect(cleaned.slice(30).map((i) => i.summary)).toEqual([
      'Episode 0 in brief.',
      'Episode 1 in brief.',
      'Episode 2 in brief.',
    ]);
    expect(cleaned[0]?.summary).toBe('A long description of episode 0…');
  });
});
