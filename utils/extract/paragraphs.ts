/**
 * Plain-text paragraphs from Readability's article element, read from the DOM (never from serialised markup).
 */
import { BYLINE_PREFIX } from './clean';

/** One paragraph of article text. */
export interface Paragraph {
  /** Whitespace-normalised text; `<br>` line breaks kept as "\n". */
  text: string;
  /**
   * The same text without the words that belong to a picture (figure caption, photo credit): the story's own
   * words, empty for a paragraph that is all caption.
   */
  story: string;
}

// Elements that start a new paragraph of plain text.
const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'td',
  'th',
  'tr',
  'ul',
]);

// Never text: Readability drops most of these already; skipping them again here means no script source or style
// rule can reach the text whatever Readability's version does.
const SKIP_TAGS = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'math']);
const MEDIA_TAGS = new Set(['img', 'picture', 'video']);
const CAPTION_TAGS = new Set(['figure', 'figcaption']);
const MEDIA_SELECTOR = 'img, picture, video';
// Captions are short: a paragraph right after a bare picture reads as its caption when it is this short, and
// longer text is story text even if it sits beside a picture (an inline icon, a drop-cap image).
const MAX_CAPTION_CHARS = 250;

// A byline or dateline line left in the article ("By , in Seoul · 4 December 2026": Readability takes the author's
// link out for the byline and leaves the rest) is short, ends without a full stop and starts with "By" or is a
// <time> with a few words around it. It is the page's furniture, not the story: matching and stakes must not read
// it as a sentence. A live blog's time-stamped update ("10:42 Troops cross the border near Kursk") has more words.
const MAX_BYLINE_LINE = 160;
const MAX_AROUND_TIME = 24;
const SENTENCE_END = /[.!?…"”»」』]$/;

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

interface Draft {
  lines: string[];
  storyLines: string[];
  hasMedia: boolean;
  /** Characters inside `<time>` elements (a dateline's mark); 0 when there is none. */
  timeChars: number;
}

const emptyDraft = (): Draft => ({ lines: [''], storyLines: [''], hasMedia: false, timeChars: 0 });

/** The article element's text as paragraphs, in reading order, empty ones dropped. */
export function articleParagraphs(root: Element): Paragraph[] {
  const drafts: Draft[] = [];
  let current = emptyDraft();
  const breakParagraph = () => {
    drafts.push(current);
    current = emptyDraft();
  };

  // `inFigure`: a <figure> carries its own caption, so a picture there says nothing about the next paragraph.
  const walk = (node: Node, inCaption: boolean, inFigure: boolean): void => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === TEXT_NODE) {
        const value = child.nodeValue ?? '';
        current.lines[current.lines.length - 1] += value;
        if (!inCaption) current.storyLines[current.storyLines.length - 1] += value;
        continue;
      }
      if (child.nodeType !== ELEMENT_NODE) continue;
      const el = child as Element;
      const tag = el.tagName.toLowerCase();
      if (SKIP_TAGS.has(tag)) continue;
      if (tag === 'br') {
        current.lines.push('');
        current.storyLines.push('');
        continue;
      }
      if (MEDIA_TAGS.has(tag)) {
        if (!inFigure) current.hasMedia = true;
        continue;
      }
      if (tag === 'time') current.timeChars += (el.textContent ?? '').trim().length || 1;
      const block = BLOCK_TAGS.has(tag);
      // Inside a figure, or an inline wrapper around a picture (its credit and caption spans), text is caption.
      const caption =
        inCaption ||
        CAPTION_TAGS.has(tag) ||
        (!block && el.querySelector(MEDIA_SELECTOR) !== null) ||
        hasMediaChild(el);
      if (block) breakParagraph();
      walk(el, caption, inFigure || tag === 'figure');
      if (block) breakParagraph();
    }
  };
  walk(root, false, false);
  breakParagraph();
  return finish(drafts);
}

/** All paragraphs as one plain text, separated by blank lines. */
export function joinParagraphs(paragraphs: Paragraph[]): string {
  return paragraphs.map((p) => p.text).join('\n\n');
}

// `<p><img> <span>caption</span></p>`: a paragraph that holds a picture directly is the picture's caption.
function hasMediaChild(el: Element): boolean {
  return (
    el.tagName.toLowerCase() === 'p' && Array.from(el.children).some((c) => MEDIA_TAGS.has(c.tagName.toLowerCase()))
  );
}

function finish(drafts: Draft[]): Paragraph[] {
  const out: Paragraph[] = [];
  let afterBarePicture = false;
  for (const draft of drafts) {
    const text = normaliseLines(draft.lines);
    if (!text) {
      // A picture with no words of its own: the short paragraph after it is its caption.
      if (draft.hasMedia) afterBarePicture = true;
      continue;
    }
    if (isBylineLine(text, draft.timeChars)) continue;
    let story = normaliseLines(draft.storyLines);
    if (afterBarePicture && text.length <= MAX_CAPTION_CHARS) story = '';
    if (!story && text.length > MAX_CAPTION_CHARS) story = text;
    out.push({ text, story });
    afterBarePicture = false;
  }
  return out;
}

function isBylineLine(text: string, timeChars: number): boolean {
  if (text.length > MAX_BYLINE_LINE || SENTENCE_END.test(text)) return false;
  return namesABylineHead(text) || (timeChars > 0 && text.length - timeChars <= MAX_AROUND_TIME);
}

// "By" then names up to the first separator: capitalised words joined by "and"/"&" ("By Mira Sol and Tomas Ek"),
// or nothing at all where the name was a link Readability took out. "By Monday the strike…" is a sentence.
const NAME_WORD = /^(?:\p{Lu}[\p{L}'’.-]*|and|&|et|y|und|e|en)$/u;

function namesABylineHead(text: string): boolean {
  const prefix = BYLINE_PREFIX.exec(text);
  if (!prefix) return false;
  const head =
    text
      .slice(prefix[0].length)
      .split(/[,·|–—\n]/, 1)[0]
      ?.trim() ?? '';
  const words = head ? head.split(/\s+/) : [];
  return words.length <= 6 && words.every((word) => NAME_WORD.test(word));
}

// Soft hyphens, zero-width spaces and byte-order marks are invisible on the page but split words in plain text.
const INVISIBLE = /[\u00ad\u200b\ufeff]/g;

function normaliseLines(lines: string[]): string {
  return lines
    .map((line) =>
      line
        .replace(INVISIBLE, '')
        .replace(/[\s\u00a0]+/g, ' ')
        .trim(),
    )
    .filter((line) => line.length > 0)
    .join('\n');
}
