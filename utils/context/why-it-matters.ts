/**
 * A "Why it matters" passage, which many news sites put in their articles as a heading or a lead-in ("Why it
 * matters: ..."). When the article has one, it is quoted first.
 */
import type { Article } from '../types';
import { textFragmentUrl } from './text-fragment';
import type { Quote } from './types';

const HEADING_RE = /^(?:why (?:it|this) matters|why does (?:it|this) matter\??)\s*[:.—–-]?\s*$/i;
const LEAD_IN_RE = /^(?:why (?:it|this) matters)\s*[:—–-]\s*(\S.*)$/is;

/** The passage, quoted from the article, or null. */
export function whyItMatters(article: Article): Quote | null {
  const paragraphs = article.text
    .split(/\n+/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i] as string;
    const leadIn = LEAD_IN_RE.exec(p);
    const text = leadIn ? leadIn[1]?.trim() : HEADING_RE.test(p) ? paragraphs[i + 1] : undefined;
    if (text && text.length >= 20) {
      return {
        text,
        from: 'article',
        href: textFragmentUrl(article.url, text),
        outlet: null,
        storyTitle: null,
        published: null,
      };
    }
  }
  return null;
}
