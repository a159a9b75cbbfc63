/**
 * The lead: the opening of an article in a few hundred characters, for display and as the matcher's query.
 */

const LEAD_TARGET = 300;
// A paragraph this short without closing punctuation is a kicker, dateline or credit, not the start of the story.
const MIN_PROSE = 80;
const SENTENCE_END = /[.!?…]["'”’»)]?(?=\s|$)|[。！？]/g;

/**
 * The first paragraph(s) of the story, about `target` characters: whole paragraphs while they fit, else the
 * first one cut at a sentence end when one is near, else at a word boundary with an ellipsis. Leading fragments
 * (kickers, datelines) are skipped when prose follows.
 */
export function makeLead(paragraphs: string[], target = LEAD_TARGET): string {
  const texts = paragraphs.map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
  const start = Math.max(0, texts.findIndex(isProse));
  let lead = '';
  for (const para of texts.slice(start)) {
    const next = lead ? `${lead} ${para}` : para;
    if (next.length > target) {
      // Once the lead says something, leave the next paragraph out rather than cut it mid-way.
      return lead.length >= target / 2 ? lead : cut(next, target);
    }
    lead = next;
  }
  return lead;
}

function isProse(paragraph: string): boolean {
  return paragraph.length >= MIN_PROSE || /[.!?。！？]["'”’»)]?$/.test(paragraph);
}

function cut(text: string, target: number): string {
  const head = text.slice(0, target + 1);
  let sentenceEnd = -1;
  for (const m of head.matchAll(SENTENCE_END)) {
    const end = m.index + m[0].length;
    if (end <= target) sentenceEnd = end;
  }
  if (sentenceEnd >= target * 0.4) return text.slice(0, sentenceEnd).trim();
  // No sentence end near: cut at a space, or mid-word for scripts written without spaces (Chinese, Japanese).
  const space = head.lastIndexOf(' ', target - 1);
  const body = space >= target * 0.6 ? head.slice(0, space) : head.slice(0, target - 1);
  return `${body.replace(/[\s,;:–—-]+$/, '')}…`;
}
