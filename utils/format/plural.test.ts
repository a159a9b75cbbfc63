import { describe, expect, it } from 'vitest';
import { formatCount, plural, setUiLocale } from './plural';

describe('plural', () => {
  it('chooses the English form by Intl.PluralRules and groups the digits', () => {
    expect(plural(1, 'source')).toBe('1 source');
    expect(plural(0, 'source')).toBe('0 sources');
    expect(plural(2, 'story', 'stories')).toBe('2 stories');
    expect(plural(1204, 'story', 'stories')).toBe('1,204 stories');
    expect(formatCount(50000)).toBe('50,000');
  });

  it("uses another locale's categories when given its forms", () => {
    const forms = { one: 'źródło', few: 'źródła', many: 'źródeł', other: 'źródła' };
    expect(plural(1, forms, undefined, 'pl')).toBe('1 źródło');
    expect(plural(3, forms, undefined, 'pl')).toBe('3 źródła');
    expect(plural(5, forms, undefined, 'pl')).toBe('5 źródeł');
  });

  it('writes counts in the UI’s language once it is set, and keeps English for a tag Intl cannot read', () => {
    try {
      setUiLocale('de');
      expect(formatCount(1204)).toBe('1.204');
      expect(formatCount(1204, 'en')).toBe('1,204');
      setUiLocale('⟦en⟧');
      expect(formatCount(1204)).toBe('1,204');
    } finally {
      setUiLocale('en');
    }
  });
});
