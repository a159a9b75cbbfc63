/**
 * Stories for the bench: real feed items and eval stories from ../shared (or the project's own fixtures when
 * shared is absent), scaled up to 100,000 by recombining titles and summaries and perturbing names, numbers
 * and dates, so no two stories are identical and the vocabulary grows as a real cache's would. Each story
 * carries a link made from a real feed link and keyed as the store keys it (its normalised form), so links
 * differ from ids as often, and where, real ones do (http for https, a trailing slash, tracking parameters).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { decodeFeedBytes } from '../../utils/feeds/decode-body';
import { normalizeUrl } from '../../utils/feeds/normalize-url';
import { parseFeed } from '../../utils/feeds/parse-feed';
import type { IndexableStory } from '../../utils/match/inverted-index';
import type { MatchQuery } from '../../utils/match/rank';

/** Base material: texts to recombine, feed links to vary, and articles to query with. */
export interface BaseCorpus {
  from: string;
  texts: { title: string; summary: string }[];
  links: string[];
  queries: MatchQuery[];
}

function filesUnder(dir: string, keep: (file: string) => boolean): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...filesUnder(full, keep));
    else if (keep(full)) out.push(full);
  }
  return out;
}

function feedTexts(files: readonly string[]): { title: string; summary: string; link: string }[] {
  const out: { title: string; summary: string; link: string }[] = [];
  for (const file of files) {
    try {
      const feed = parseFeed(decodeFeedBytes(readFileSync(file)), 'https://feed.example/');
      for (const item of feed.items)
        if (item.title.trim() !== '')
          out.push({ title: item.title, summary: item.summary.slice(0, 600), link: item.link });
    } catch {
      // Not a feed (the corpora keep a few broken ones on purpose).
    }
  }
  return out;
}

/** Reads the base material from `shared` when present, else from the project's fixtures. */
export function loadBase(shared: string, projectRoot: string): BaseCorpus {
  const feedFiles = filesUnder(
    path.join(shared, 'fixtures/feeds'),
    (f) => /\.(xml|rss|atom|rdf|json)$/.test(f) && !f.includes('expected'),
  );
  const evalDirs = existsSync(path.join(shared, 'eval'))
    ? readdirSync(path.join(shared, 'eval')).map((d) => path.join(shared, 'eval', d))
    : [];
  if (feedFiles.length > 0 || evalDirs.length > 0) {
    const texts: { title: string; summary: string; link?: string }[] = feedTexts(feedFiles);
    const queries: MatchQuery[] = [];
    for (const dir of evalDirs) {
      for (const line of readLines(path.join(dir, 'stories.jsonl'))) {
        const s = JSON.parse(line) as { title?: string | null; summary?: string | null };
        texts.push({ title: s.title ?? '', summary: s.summary ?? '' });
      }
      for (const line of readLines(path.join(dir, 'queries.jsonl'))) {
        const q = JSON.parse(line) as { title?: string | null; text?: string | null };
        const text = q.text ?? '';
        queries.push({ title: q.title ?? '', lead: text.split('\n').slice(1, 3).join('\n'), text, published: null });
      }
    }
    return {
      from: shared,
      texts,
      links: linksOf(texts),
      queries: queries.length > 0 ? queries : texts.slice(0, 300).map(asQuery),
    };
  }
  const fixtures = filesUnder(
    path.join(projectRoot, 'tests/fixtures'),
    (f) => /\.(xml|rss|atom|rdf|json)$/.test(f) && f.includes('feeds'),
  );
  const texts = feedTexts(fixtures);
  return {
    from: `${projectRoot}/tests/fixtures (../shared not found)`,
    texts,
    links: linksOf(texts),
    queries: texts.map(asQuery),
  };
}

/** The http(s) links of feed items (other links, and none at all, are rare in feeds: left out). */
const linksOf = (texts: readonly { link?: string }[]): string[] =>
  texts.flatMap((t) => (t.link && /^https?:\/\/[^/]/i.test(t.link) ? [t.link] : []));

/** A real link made unique by a path segment after the host, everything else (scheme, query, slash) as written. */
export function uniqueLink(link: string, n: number): string {
  const host = link.indexOf('/', link.indexOf('//') + 2);
  return host < 0 ? `${link}/${n}` : `${link.slice(0, host)}/${n}${link.slice(host)}`;
}

function readLines(file: string): string[] {
  return existsSync(file)
    ? readFileSync(file, 'utf8')
        .split('\n')
        .filter((l) => l.trim() !== '')
    : [];
}

const asQuery = (t: { title: string; summary: string }): MatchQuery => ({
  title: t.title,
  lead: t.summary,
  text: `${t.title}\n${t.summary}`,
  published: null,
});

/** A small deterministic PRNG (mulberry32): the same corpus on every run. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CAPITALISED = /\b\p{Lu}[\p{Ll}]{2,}\b/gu;
const NUMBER = /\d+(?:[.,]\d+)?/g;
/** Invented syllables: perturbed names are new names, as a growing cache meets new people and places. */
const SYLLABLES = [
  'ka',
  'lo',
  'ver',
  'min',
  'ash',
  'tor',
  'el',
  'bri',
  'sun',
  'dal',
  'ost',
  'ru',
  'fen',
  'gar',
  'wy',
  'zel',
];

/** `count` distinct stories made from the base texts; with `links`, each has a link and is keyed by it. */
export function scaleUp(base: BaseCorpus, count: number, seed = 1, links = true): IndexableStory[] {
  const rand = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const newName = (): string => {
    const n = 2 + Math.floor(rand() * 2);
    let w = '';
    for (let i = 0; i < n; i++) w += pick(SYLLABLES);
    return w.charAt(0).toUpperCase() + w.slice(1);
  };
  const perturb = (text: string): string =>
    text
      .replace(CAPITALISED, (w) => (rand() < 0.3 ? newName() : w))
      .replace(NUMBER, (n) => (rand() < 0.5 ? String(Math.floor(rand() * 10 ** Math.min(n.length, 5))) : n));
  const start = Date.UTC(2025, 0, 1);
  const out: IndexableStory[] = [];
  for (let i = 0; i < count; i++) {
    const a = pick(base.texts);
    const b = pick(base.texts);
    // Picked even without links, so the stories' texts are the same either way.
    const link = base.links.length > 0 ? uniqueLink(pick(base.links), i) : null;
    const url = links ? link : null;
    out.push({
      id: url === null ? `https://bench.example/story/${i}` : normalizeUrl(url),
      ...(url === null ? {} : { url }),
      title: perturb(a.title),
      summary: perturb(rand() < 0.5 ? b.summary : a.summary),
      // Feeds date items to the second (RFC 822, ISO 8601): whole seconds, as the store keeps them.
      published: start + Math.floor(rand() * 60 * 86_400) * 1000,
    });
  }
  return out;
}
