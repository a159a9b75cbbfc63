/**
 * Syndicated copies and near-identical headlines from several outlets collapse into one row: the most
 * complete report (longest summary; the earliest on a tie) leads, the others are listed under it
 * ("+3 outlets"). A wire story reprinted by ten sites is one report, not ten.
 */
import type { MatchResult, Story } from '../types';
import { termOf, wordTokens } from './tokenize';

/** Headline word overlap (Jaccard over content words) from which two reports count as copies. */
export const COPY_TITLE_SIMILARITY = 0.7;
/** Summaries opening with this many identical words are copies of one wire text. */
const COPY_SUMMARY_WORDS = 12;

function contentWords(text: string): string[] {
  const out: string[] = [];
  for (const token of wordTokens(text)) {
    const term = termOf(token.text);
    if (term !== null) out.push(term);
  }
  return out;
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}

interface Fingerprint {
  title: Set<string>;
  opening: string;
}

function fingerprint(story: Story): Fingerprint {
  const summary = contentWords(story.summary);
  return {
    title: new Set(contentWords(story.title)),
    opening: summary.length >= COPY_SUMMARY_WORDS ? summary.slice(0, COPY_SUMMARY_WORDS).join(' ') : '',
  };
}

/** Whether two stories are copies of one report: near-identical headlines, or the same wire text. */
export function areCopies(a: Story, b: Story): boolean {
  return copies(fingerprint(a), fingerprint(b));
}

function copies(a: Fingerprint, b: Fingerprint): boolean {
  return jaccard(a.title, b.title) >= COPY_TITLE_SIMILARITY || (a.opening !== '' && a.opening === b.opening);
}

/** Which report leads a group: the most complete, then the earliest. */
function leads(a: Story, b: Story): boolean {
  if (a.summary.length !== b.summary.length) return a.summary.length > b.summary.length;
  return a.published < b.published;
}

/**
 * Collapses copies in `matches` (kept in their order; a group takes the place of its best-ranked member).
 * The leader carries the others in `alsoReportedBy`.
 */
export function groupCopies(matches: readonly MatchResult[]): MatchResult[] {
  const prints = matches.map((m) => fingerprint(m.story));
  const groupOf = new Array<number>(matches.length).fill(-1);
  const groups: number[][] = [];
  matches.forEach((_, i) => {
    if (groupOf[i] !== -1) return;
    const members = [i];
    groupOf[i] = groups.length;
    for (let j = i + 1; j < matches.length; j++) {
      if (groupOf[j] === -1 && copies(prints[i] as Fingerprint, prints[j] as Fingerprint)) {
        groupOf[j] = groups.length;
        members.push(j);
      }
    }
    groups.push(members);
  });
  return groups.map((members) => {
    const all = members.map((i) => matches[i] as MatchResult);
    const best = all[0] as MatchResult;
    const leader = all.reduce((a, b) => (leads(b.story, a.story) ? b : a));
    if (all.length === 1) return best;
    const others = all
      .filter((m) => m !== leader)
      .map((m) => ({ outlet: m.story.outlet, url: m.story.url, title: m.story.title }));
    // The group ranks where its best member ranked, with that member's evidence and reasons.
    return { ...best, story: leader.story, alsoReportedBy: others };
  });
}
