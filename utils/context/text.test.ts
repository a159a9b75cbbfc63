import { describe, expect, it } from 'vitest';
import { possessive, possessiveInText, stakeHeading } from './possessive';
import { contextTokens, splitSentences } from './text';
import { textFragmentUrl } from './text-fragment';

const sentences = (text: string) => splitSentences(text).map((s) => s.text);

describe('sentences', () => {
  it('ends sentences at full stops but not after abbreviations, initials, or U.S. before a name', () => {
    expect(
      sentences(
        'Mr. Smith met Gen. Lee at 6:40 a.m. local time. The U.S. State Department said so. John F. Kennedy agreed!',
      ),
    ).toEqual([
      'Mr. Smith met Gen. Lee at 6:40 a.m. local time.',
      'The U.S. State Department said so.',
      'John F. Kennedy agreed!',
    ]);
  });

  it('keeps a quotation whole and breaks at lines', () => {
    expect(sentences('“We will go back. Reed Bank is ours,” she said. Then she left.\nA heading\nNext.')).toEqual([
      '“We will go back. Reed Bank is ours,” she said.',
      'Then she left.',
      'A heading',
      'Next.',
    ]);
  });

  it('gives each sentence its offset in the text', () => {
    const text = 'One here. Two there.';
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.start + s.text.length)).toBe(s.text);
  });
});

describe('words', () => {
  it('drops possessives, folds accents and dots, and knows capitals', () => {
    const t = contextTokens('Erdoğan’s U.S. trip; the Philippines’ claims');
    expect(t.map((x) => x.key)).toEqual(['erdogan', 'us', 'trip', 'the', 'philippines', 'claims']);
    expect(t.map((x) => x.upper)).toEqual([false, true, false, false, false, false]);
  });
});

describe('possessives', () => {
  it('adds an apostrophe alone after a final s, else apostrophe s', () => {
    expect(stakeHeading('China')).toBe("China's stake");
    expect(stakeHeading('Philippines')).toBe("Philippines' stake");
    expect(stakeHeading('United States')).toBe("United States' stake");
    expect(stakeHeading('the Houthis')).toBe("Houthis' stake");
    expect(possessive('NATO')).toBe("NATO's");
  });

  it('puts "the" before names that take it in running text', () => {
    expect(possessiveInText('Philippines')).toBe("the Philippines'");
    expect(possessiveInText('United Kingdom')).toBe("the United Kingdom's");
    expect(possessiveInText('China')).toBe("China's");
  });
});

describe('text fragments', () => {
  it('links a short sentence whole and a long one by its first and last words, dashes and commas encoded', () => {
    expect(textFragmentUrl('https://a.example/x#top', 'Kim Jong-un met Putin, again.')).toBe(
      'https://a.example/x#:~:text=Kim%20Jong%2Dun%20met%20Putin%2C%20again.',
    );
    expect(
      textFragmentUrl('https://a.example/x', 'one two three four five six seven eight nine ten eleven twelve'),
    ).toBe('https://a.example/x#:~:text=one%20two%20three%20four%20five,eight%20nine%20ten%20eleven%20twelve');
  });
});

describe('datelines', () => {
  it('do not make the city an actor', async () => {
    const { articleDoc } = await import('./corpus');
    const { gazetteerFor } = await import('./gazetteer');
    const doc = articleDoc(gazetteerFor([]), {
      url: 'https://a.example/x',
      title: 'Attack at a museum',
      siteName: 'A',
      byline: null,
      publishedTime: null,
      lang: 'en',
      lead: '',
      text: 'CAIRO — Gunmen opened fire at Tunisia’s museum.\n\nMOSCOW, Russia — Officials met.\n\nHong Kong (CNN Business) A muddled view of trade talks weighs on investors.\n\nThe World Health Organization (WHO) said the risk was low.',
    });
    expect(doc.sentences.flatMap((s) => s.mentions.map((m) => m.surface))).toEqual([
      'Tunisia',
      'World Health Organization',
    ]);
  });
});
