import { describe, expect, it } from 'vitest';
import { whyLine } from './why-line';

describe('whyLine', () => {
  it('words the reasons as the reader sees them', () => {
    expect(whyLine({ shared: ['Reed Bank', 'coast guard'], figures: ['31 people'], daysApart: 0 })).toBe(
      'shared: Reed Bank, coast guard · same figures: 31 people · same day',
    );
  });

  it('counts days apart with the plural form', () => {
    expect(whyLine({ shared: [], figures: [], daysApart: 1 })).toBe('1 day apart');
    expect(whyLine({ shared: ['Halvern'], figures: [], daysApart: 12 })).toBe('shared: Halvern · 12 days apart');
  });

  it('says nothing when there is nothing to say, or no reasons at all', () => {
    expect(whyLine({ shared: [], figures: [], daysApart: null })).toBe('');
    expect(whyLine(undefined)).toBe('');
  });
});
