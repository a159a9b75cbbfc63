import { describe, expect, it } from 'vitest';
import { buildSearchQuery, MAX_PARTS } from './query';

const article = {
  title: 'Chinese coast guard blasts Philippine survey ship with water cannon at Reed Bank',
  lead: 'Manila summoned Beijing’s ambassador after a confrontation west of Palawan halted a Philippine gas survey.',
  text: [
    'Two Chinese coast guard cutters fired water cannon at the Philippine survey ship Amihan Surveyor at Reed Bank on Tuesday.',
    'The Philippine government said the survey at Reed Bank was lawful. Manila called it harassment.',
    'Beijing said the ship entered Chinese waters. Reed Bank lies west of Palawan. Read more at https://meridian.example/reed-bank-explainer or mail tips@meridian.example.',
    'Philippine officials said the survey would resume. Manila and Beijing have clashed at Reed Bank before.',
  ].join('\n\n'),
  siteName: 'The Meridian Post',
  byline: 'Clara Ventura',
};

describe('buildSearchQuery', () => {
  const query = buildSearchQuery(article);

  it('sends a few key names and headline words, multi-word names as phrases', () => {
    expect(query.parts.length).toBeGreaterThanOrEqual(3);
    expect(query.parts.length).toBeLessThanOrEqual(MAX_PARTS);
    expect(query.parts).toContain('"Reed Bank"');
    expect(query.parts).toContain('Philippine');
    expect(query.text).toBe(query.parts.join(' '));
  });

  it('never sends an address, the outlet or the author', () => {
    expect(query.text).not.toMatch(/https?:|www\.|meridian|@|\.example/i);
    expect(query.text).not.toMatch(/Clara|Ventura/);
  });

  it('does not repeat a name inside another one', () => {
    const words = query.parts.flatMap((p) => p.replace(/"/g, '').toLowerCase().split(' '));
    expect(new Set(words).size).toBe(words.length);
  });

  it('keeps search operators out of the query', () => {
    const hostile = buildSearchQuery({
      title: 'site:evil.example -Harbour OR "Kelmouth" (ferry) strike: AND port',
      lead: '',
      text: 'Kelmouth ferry strike. Kelmouth port closed. Kelmouth ferry crews walked out.',
    });
    expect(hostile.parts.length).toBeGreaterThan(0);
    for (const part of hostile.parts) expect(part.replace(/^"|"$/g, '')).not.toMatch(/[:()"]|^-|\bOR\b|\bAND\b/);
    expect(hostile.parts).toContain('Kelmouth');
  });

  it('skips function words of other languages and number words', () => {
    const q = buildSearchQuery({
      title: 'Die neue Brücke über die Lanne ist eröffnet',
      lead: 'Nach drei Jahren Bauzeit ist die Brücke in Lanntal offen.',
      text: 'Die Brücke über die Lanne verbindet Lanntal mit Oberau. Lanntal feierte die Brücke.',
    });
    expect(q.parts.map((p) => p.toLowerCase())).not.toEqual(expect.arrayContaining(['die']));
    expect(q.parts.map((p) => p.toLowerCase())).not.toContain('über');
    expect(q.text).toContain('Lanntal');
  });

  it('gives nothing to send for an article without words', () => {
    expect(buildSearchQuery({ title: '', lead: '', text: '' })).toEqual({ parts: [], text: '' });
    expect(buildSearchQuery({ title: 'https://example.com/x', lead: '', text: '' }).parts).toEqual([]);
  });
});
