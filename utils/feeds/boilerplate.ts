/**
 * A feed's own furniture at the end of its summaries: "View Entire Post ›" under every BuzzFeed item, a podcast
 * host's privacy line under every episode, WordPress's "The post … appeared first on …". It is not the story's
 * text, and the matcher would read it as if it were: "View Entire Post" is capitalised, so it counted as a name
 * the article never gives, and two reports of one shooting were taken for two events' casts.
 * Found by repetition, not by a list of outlets: a closing sentence that ends several of the feed's summaries.
 */
import type { FeedItem } from '../types';

/** A closing run of sentences repeated in at least this many summaries of one feed… */
const MIN_REPEATS = 3;
/** …and in at least this share of the summaries that have text and were not cut short, is the feed's, not a story's. */
const MIN_SHARE = 0.1;
/** At most this many closing sentences make up the furniture ("Hosted on Acast. See acast.com/privacy…"). */
const MAX_SENTENCES = 3;
/** WordPress's default closing line, different under every item (it names the item). */
const WORDPRESS_POST = /\s*The post .{1,300}? appeared first on [^\n]{1,120}$/su;

/**
 * Where each closing sentence of `summary` starts, last sentence first: a sentence ends with ., !, ?, … or a
 * closing mark after them, then a space; "›" and "»" (link arrows) and an emoji ("I sparkle ✨") end one too.
 */
function closingStarts(summary: string): number[] {
  const starts: number[] = [];
  const re = /[.!?…›»\p{Extended_Pictographic}]\uFE0F?["'”’)\]]*\s+(?=\S)/gu;
  for (const m of summary.matchAll(re)) starts.push((m.index ?? 0) + m[0].length);
  return starts.reverse().slice(0, MAX_SENTENCES);
}

/**
 * The feed's items with the closing furniture of their summaries removed (see the module comment). A summary
 * that was nothing but furniture becomes empty; titles are untouched.
 */
export function withoutBoilerplate(items: readonly FeedItem[]): FeedItem[] {
  const cleaned = items.map((item) => ({ ...item, summary: item.summary.replace(WORDPRESS_POST, '') }));
  // Summaries cut at SUMMARY_MAX_CHARS (ending "…") lost their closing lines: they do not count against the share.
  const withText = cleaned.filter((item) => /[^…\s]\s*$/u.test(item.summary)).length;
  const counts = new Map<string, number>();
  const tails = cleaned.map((item) => {
    const text = item.summary.trim();
    // The whole summary is a candidate too: a feed whose only summary line is the furniture.
    const own = new Set([text, ...closingStarts(text).map((start) => text.slice(start))]);
    for (const tail of own) counts.set(tail, (counts.get(tail) ?? 0) + 1);
    return own;
  });
  const needed = Math.max(MIN_REPEATS, Math.ceil(withText * MIN_SHARE));
  return cleaned.map((item, i) => {
    const repeated = [...(tails[i] as Set<string>)]
      .filter((tail) => tail.length >= 8 && (counts.get(tail) ?? 0) >= needed)
      .sort((a, b) => b.length - a.length)[0];
    if (repeated === undefined) return item;
    const text = item.summary.trim();
    return { ...item, summary: text.slice(0, text.length - repeated.length).trim() };
  });
}
