/**
 * The story so far: the article, the other reports of the event and its background, oldest first, and grouped
 * by calendar day for display.
 */
import type { Article } from '../types';
import type { Doc } from './corpus';
import { storyRef } from './story-ref';
import type { TimelineEntry } from './types';

export const TIMELINE_LIMIT = 24;

/** Timeline entries, oldest first; the article (placed at `now` when it has no date) is always among them. */
export function timelineOf(
  article: Article,
  articlePublished: number | null,
  stories: readonly Doc[],
  now: number,
): TimelineEntry[] {
  const entries: TimelineEntry[] = stories
    .filter((d) => d.story !== null)
    .map((d) => ({
      story: storyRef(d.story as NonNullable<Doc['story']>),
      kind: d.kind === 'same' ? 'same' : 'related',
    }));
  // Keep the entries closest in time to the article when there are too many.
  const at = articlePublished ?? now;
  entries.sort((a, b) => Math.abs(a.story.published - at) - Math.abs(b.story.published - at));
  const kept = entries.slice(0, TIMELINE_LIMIT - 1);
  kept.push({
    kind: 'article',
    story: {
      title: article.title,
      url: article.url,
      outlet: article.siteName,
      published: at,
      dateIsFetchTime: articlePublished === null,
    },
  });
  return kept.sort((a, b) => a.story.published - b.story.published);
}

/** A day of the timeline. */
export interface TimelineDay {
  /** Local calendar day, "YYYY-MM-DD". */
  day: string;
  entries: TimelineEntry[];
}

const dayKey = (time: number): string => {
  const d = new Date(time);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** Groups entries (already in order) by the reader's local calendar day. */
export function groupByDay(entries: readonly TimelineEntry[]): TimelineDay[] {
  const days: TimelineDay[] = [];
  for (const entry of entries) {
    const day = dayKey(entry.story.published);
    const last = days[days.length - 1];
    if (last?.day === day) last.entries.push(entry);
    else days.push({ day, entries: [entry] });
  }
  return days;
}
