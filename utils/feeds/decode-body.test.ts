import { describe, expect, it } from 'vitest';
import { decodeFeedBytes } from './decode-body';
import { parseFeed } from './parse-feed';

/** An RSS feed whose item title is `titleBytes`, in an encoding named by `declared` (or no declaration). */
function feedBytes(titleBytes: number[], declared: string | null): Uint8Array {
  const head = `${declared ? `<?xml version="1.0" encoding="${declared}"?>` : ''}<rss version="2.0"><channel><title>T</title><item><title>`;
  const tail = '</title><link>https://news.example/a</link></item></channel></rss>';
  return new Uint8Array([...Buffer.from(head, 'ascii'), ...titleBytes, ...Buffer.from(tail, 'ascii')]);
}

const titleOf = (bytes: Uint8Array, contentType?: string) =>
  parseFeed(decodeFeedBytes(bytes, contentType), 'https://news.example/feed').items[0]?.title;

// Each title written by hand in its legacy encoding's bytes.
const CASES: { label: string; bytes: number[]; text: string }[] = [
  { label: 'GB2312', bytes: [0xd0, 0xc2, 0xce, 0xc5], text: '新闻' },
  { label: 'GBK', bytes: [0xd0, 0xc2, 0xce, 0xc5], text: '新闻' },
  { label: 'Shift_JIS', bytes: [0x83, 0x6a, 0x83, 0x85, 0x81, 0x5b, 0x83, 0x58], text: 'ニュース' },
  { label: 'EUC-KR', bytes: [0xb4, 0xba, 0xbd, 0xba], text: '뉴스' },
  { label: 'windows-1251', bytes: [0xcd, 0xee, 0xe2, 0xee, 0xf1, 0xf2, 0xe8], text: 'Новости' },
  {
    label: 'windows-1252',
    bytes: [0x63, 0x61, 0x66, 0xe9, 0x20, 0x96, 0x20, 0x6e, 0x61, 0xef, 0x76, 0x65],
    text: 'café – naïve',
  },
  { label: 'ISO-8859-2', bytes: [0xa3, 0xf3, 0x64, 0xbc], text: 'Łódź' },
  { label: 'ISO-8859-1', bytes: [0x4d, 0xe3, 0x65], text: 'Mãe' },
];

describe('decodeFeedBytes', () => {
  for (const { label, bytes, text } of CASES) {
    it(`reads ${label} named in the XML declaration`, () => {
      expect(titleOf(feedBytes(bytes, label))).toBe(text);
    });
    it(`reads ${label} named only in the Content-Type header`, () => {
      expect(titleOf(feedBytes(bytes, null), `application/rss+xml; charset=${label}`)).toBe(text);
    });
  }

  it('lets the header win over a wrong declaration, and a BOM win over both', () => {
    const gb = feedBytes([0xd0, 0xc2, 0xce, 0xc5], 'ISO-8859-1');
    expect(titleOf(gb, 'text/xml; charset=gbk')).toBe('新闻');
    const xml =
      '<rss version="2.0"><channel><title>T</title><item><title>Ünïcode ✓</title><link>https://news.example/a</link></item></channel></rss>';
    const utf16 = new Uint8Array(Buffer.from(`\ufeff${xml}`, 'utf16le'));
    expect(titleOf(utf16, 'text/xml; charset=iso-8859-1')).toBe('Ünïcode ✓');
    const utf8bom = new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(xml, 'utf8')]);
    expect(titleOf(utf8bom, 'text/xml; charset=windows-1252')).toBe('Ünïcode ✓');
  });

  it('falls back to UTF-8 for unknown labels, turning bad bytes into U+FFFD rather than failing', () => {
    expect(titleOf(feedBytes([...Buffer.from('Zürich', 'utf8')], 'x-unknown-charset'))).toBe('Zürich');
    expect(titleOf(feedBytes([0x41, 0xff, 0x42], null))).toBe('A\ufffdB');
  });
});
