import { describe, expect, it } from 'vitest';
import { cleanByline, decodeEntities, stripSiteName, tidy } from './clean';

describe('stripSiteName', () => {
  it('removes the site name after a separator', () => {
    expect(stripSiteName('Bridge opens at last | The Daily Example', 'The Daily Example')).toBe('Bridge opens at last');
    expect(stripSiteName('Bridge opens at last - Daily Example', 'dailyexample.com')).toBe('Bridge opens at last');
  });

  it('removes the site name before a separator', () => {
    expect(stripSiteName('The Daily Example — Bridge opens at last', 'The Daily Example')).toBe('Bridge opens at last');
  });

  it('keeps parts that are not the site name, and hyphens inside the headline', () => {
    expect(stripSiteName('Bridge opens | Jane Doe', 'The Daily Example')).toBe('Bridge opens | Jane Doe');
    expect(stripSiteName('Mid-week storm - what we know', 'The Daily Example')).toBe('Mid-week storm - what we know');
  });
});

describe('cleanByline', () => {
  it('drops a leading "By" and collapses whitespace', () => {
    expect(cleanByline('By  Jane\n   Doe')).toBe('Jane Doe');
    expect(cleanByline('Par Jean Dupont')).toBe('Jean Dupont');
  });

  it('drops a dateline run into the byline, and bylines that are only a date', () => {
    expect(cleanByline('By Jane Doe\n      March 25, 2015')).toBe('Jane Doe');
    expect(cleanByline('by Jane Doe22 Dec 2016651')).toBe('Jane Doe');
    expect(cleanByline('JANE DOE | 2015-03-11')).toBe('JANE DOE');
    expect(cleanByline('April 28, 2019 at 6:01 am Updated April 29, 2019')).toBeNull();
    expect(cleanByline('May Jones')).toBe('May Jones');
  });

  it('keeps names that merely start like a prefix', () => {
    expect(cleanByline('Byron Smith')).toBe('Byron Smith');
  });

  it('rejects URLs and paragraphs of text', () => {
    expect(cleanByline('https://www.facebook.com/someone')).toBeNull();
    expect(cleanByline('word '.repeat(40))).toBeNull();
    expect(cleanByline('   ')).toBeNull();
  });
});

describe('decodeEntities and tidy', () => {
  it('decodes double-escaped entities into plain text', () => {
    expect(decodeEntities('Rock &amp; Roll &#039;74 &#x2014; live')).toBe("Rock & Roll '74 — live");
    expect(decodeEntities('&lt;b&gt;')).toBe('<b>');
    expect(decodeEntities('&unknown; &#0;')).toBe('&unknown; &#0;');
  });

  it('turns empty values into null', () => {
    expect(tidy(' \n ')).toBeNull();
    expect(tidy(null)).toBeNull();
  });
});
