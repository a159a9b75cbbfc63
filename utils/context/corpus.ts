/**
 * The texts context is computed from, cut into sentences with the actors each names: the article (title, lead,
 * body) and each matched story (title and feed summary).
 */
import type { Article, MatchResult, Story } from '../types';
import { resolveReferences } from './coreference';
import type { AliasEntry, Gazetteer } from './gazetteer';
import { defineAbbreviations, findMentions, type Mention } from './mentions';
import { isTitleCase } from './roles';
import { contextLanguage, type ContextLanguage } from './page-kind';
import { textFragmentUrl } from './text-fragment';
import { contextTokens, foldKey, splitSentences, type ContextToken } from './text';
import type { Quote } from './types';

/** Where a sentence sits: article title, lead or body; story title or summary. */
export type Place = 'title' | 'lead' | 'body' | 'story-title' | 'story-summary';

/** One sentence with what it names. */
export interface Sentence {
  text: string;
  place: Place;
  /** Position in its document (0 = first). */
  order: number;
  /** The paragraph it belongs to (0 = the title). */
  paragraph: number;
  mentions: Mention[];
  /**
   * Country actors it names without their names ("the government", "Mr Essid" for Tunisia's prime minister):
   * evidence of their stake, not counted for salience (`coreference.ts`; article sentences in English only).
   */
  refs: Mention[];
  /** Distinct actors named. */
  actors: Set<string>;
  /** Its words, and their folded forms. */
  tokens: ContextToken[];
  keys: string[];
  doc: Doc;
}

/** The article or one matched story. */
export interface Doc {
  kind: 'article' | 'same' | 'related';
  /** The story, for feed stories. */
  story: Story | null;
  url: string;
  outlet: string;
  /** Epoch ms, or null for an article without a date. */
  published: number | null;
  sentences: Sentence[];
  /** Sentences naming each actor. */
  actorSentences: Map<string, number>;
  /** The language its actors are read in (null: one Sidelight does not read, so it names none; absent: English). */
  lang?: ContextLanguage | null;
}

const BYLINE_RE = /^By \p{Lu}[^.!?]{0,160}$/u;
const DATELINE_RE =
  /^(?:\p{Lu}[\p{Lu} .'’-]+(?:,\s*[\p{L}. ]{2,30})?(?:\s*\([\p{L} .]{1,20}\))?(?:\s+[—–-]{1,2}\s+|:\s+)|\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,2}(?:,\s*[\p{L}. ]{2,30})?\s*\((?:Reuters|AP|AFP|CNN(?:\s\p{Lu}\p{L}+)?|Bloomberg|Xinhua|dpa|ANI|PTI|IANS|Yonhap|Kyodo|TASS|UPI|EFE|ANSA)\)\s*(?:[—–-]{1,2}\s+)?)/u;
/** "Read more: …", "[Read: …]", "See also", "Related:": a link to another story, not this one's words. */
const LINK_LINE_RE =
  /^[[(]?\s*(?:read|read more|also read|see|see also|watch|listen|related|more|recommended|further reading|more on this(?: story)?|more from [^:]{1,30}|click here|sign up|subscribe|follow us|map|graphic|chart|video|photos|gallery|audio|podcast)\b[^:|\]»›]{0,20}[:|\]»›]/iu;
/** Photo and picture credits, captions' sources (also glued to the caption: "…sought treatmentCredit: EPA"). */
const CREDIT_RE =
  /(?:^(?:Image|Media) (?:caption|copyright)|\[(?:VIDEO|PICTURES|PHOTOS|REACTION|WATCH|LIVE|POLL|GALLERY|LISTEN)\]\s*$|\[\s*(?:File(?: photo)?|Photo|Picture|Image)\s*:[^\]]{0,60}\]|\[[^\]]{0,30}\b(?:Reuters|AFP|AP|EPA|Getty|Anadolu|Xinhua|Bloomberg)\b[^\]]{0,30}\]\s*$|\p{Ll}(?:Credit|Photo|Image)s?:|Getty Images|\/\s*(?:Reuters|AFP|AP|EPA|Getty|Bloomberg|Shutterstock|Xinhua)\b|\b(?:Photograph|Photo|Image|Picture|Credit|Illustration|Cover image|Caption|图注|图为)s?\s*(?:by)?\s*[:：]|©)/u;
const CJK_TEXT_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
/** A caption that points at the picture: "Kevin King (left) and his colleague Timothy Weeks". */
const POINTING_CAPTION_RE = /\((?:left|right|centre|center|pictured|above|below|top|inset)\)/iu;
/** Words past which a paragraph is prose, not a caption, whatever it points at. */
const MAX_CAPTION_WORDS = 40;
/** A photo caption in Chinese ("图为…", "图注…": "the picture shows…"). */
const CJK_CAPTION_RE = /^(?:图为|圖為|图注|圖註|写真[：:]|（?图片来源)/u;
/** Words past which a line under a link list's heading is prose, not a headline. */
const MAX_LINK_WORDS = 20;
/** A line that ends as prose does ("." "?" "!" a closing quote or bracket, or the CJK full stops). */
const PROSE_END_RE = /[.!?:;"”’)\]»。！？」』]\s*$/u;

/** Lines that are no part of the story's prose: link lines, credits, and short unpunctuated navigation or captions. */
function isNoise(paragraph: string, place: Place): boolean {
  if (place === 'title' || place === 'story-title') return false;
  if (LINK_LINE_RE.test(paragraph) || CREDIT_RE.test(paragraph) || CJK_CAPTION_RE.test(paragraph)) return true;
  if (POINTING_CAPTION_RE.test(paragraph) && paragraph.split(/\s+/u).length <= MAX_CAPTION_WORDS) return true;
  // A "Why it matters" heading marks the passage that says whose story it is.
  if (/^why (?:it|this) matters\b/iu.test(paragraph)) return false;
  // Unpunctuated short lines: headlines of other stories, menus and captions are in title case or a few words;
  // a key-points list ("The UK must stay in the EU to have influence") reads as a sentence and stays.
  const words = paragraph.split(/\s+/u).length;
  if (
    PROSE_END_RE.test(paragraph) ||
    words > 15 ||
    /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{12}/u.test(paragraph)
  )
    return false;
  return words <= 4 || isTitleCase(contextTokens(paragraph));
}

/** A text's folded words, for telling a repeated headline ("Esper accuses China…" above the text). */
function wordsOf(text: string): string {
  return foldKey(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A headline without its site name or section ("… - Breitbart", "… | Inexhibit", "…_教育频道_中国青年网"). */
export function headlineOf(title: string): string {
  const parts = title.split(/\s+[|–—-]\s+|\s*_\s*|\s*｜\s*/u);
  const first = (parts[0] ?? title).replace(/\s*[（(][^)）]{1,30}[)）]\s*$/u, '').trim();
  return first.length >= 12 ? first : title;
}

/** A link list's heading on a line of its own: "More:", "Related stories", "Read more:". */
function opensLinkList(paragraph: string): boolean {
  return LINK_LINE_RE.test(paragraph) && (/[:»›]\s*$/u.test(paragraph) || paragraph.split(/\s+/u).length <= 3);
}

function analyse(gazetteer: Gazetteer, doc: Doc, parts: { text: string; place: Place }[]): Doc {
  let order = 0;
  let paragraph = -1;
  // Under a link list's heading, the unpunctuated lines that follow are other stories' headlines, until prose resumes.
  let inLinkList = false;
  // "the International Criminal Court (ICC)": from there on, "the ICC" names it too.
  const defined = new Map<string, AliasEntry>();
  for (const part of parts) {
    paragraph++;
    const text = part.text.trim();
    if (part.place === 'body' || part.place === 'lead') {
      if (opensLinkList(text)) inLinkList = true;
      else if (inLinkList && (PROSE_END_RE.test(text) || text.split(/\s+/u).length > MAX_LINK_WORDS))
        inLinkList = false;
      else if (inLinkList) continue;
    }
    if (isNoise(text, part.place)) continue;
    for (const span of splitSentences(part.text)) {
      // A byline ("By Jane Doe, correspondent, in Manila") places the writer, not an actor.
      if (BYLINE_RE.test(span.text) || LINK_LINE_RE.test(span.text) || CREDIT_RE.test(span.text)) continue;
      const tokens = contextTokens(span.text);
      // A dateline ("CAIRO — Gunmen opened fire…") says where the reporter filed from, not who acts.
      const dateline = DATELINE_RE.exec(span.text)?.[0].length ?? 0;
      const titleCase = (part.place === 'title' || part.place === 'story-title') && isTitleCase(tokens);
      const mentions =
        doc.lang === null
          ? []
          : findMentions(gazetteer, span.text, tokens, {
              titleCase,
              english: (doc.lang ?? 'en') === 'en',
              defined,
            }).filter((m) => m.start >= dateline);
      defineAbbreviations(gazetteer, span.text, mentions, defined);
      const actors = new Set(mentions.map((m) => m.actor));
      doc.sentences.push({
        text: span.text,
        place: part.place,
        order: order++,
        paragraph,
        mentions,
        refs: [],
        actors,
        tokens,
        keys: tokens.map((t) => t.key),
        doc,
      });
    }
  }
  keepAmbiguousNamesBesideSureOnes(doc);
  for (const s of doc.sentences)
    for (const a of s.actors) doc.actorSentences.set(a, (doc.actorSentences.get(a) ?? 0) + 1);
  return doc;
}

/**
 * One sense per text: "Jordan" is the country only where the text also names it unambiguously ("Jordanian",
 * "Amman") or with its state's offices ("Jordan's foreign ministry"); elsewhere it is a person's name, and the
 * mention is dropped.
 */
function keepAmbiguousNamesBesideSureOnes(doc: Doc): void {
  if (!doc.sentences.some((s) => s.mentions.some((m) => m.ambiguous))) return;
  // "Chad's government", "Niger's foreign ministry": a name with the state's offices is the state, whoever else
  // bears it.
  const sure = new Set(
    doc.sentences.flatMap((s) =>
      s.mentions.filter((m) => !m.ambiguous || (m.role === 'official' && m.kind === 'name')).map((m) => m.actor),
    ),
  );
  for (const s of doc.sentences) {
    if (!s.mentions.some((m) => m.ambiguous && !sure.has(m.actor))) continue;
    s.mentions = s.mentions.filter((m) => !m.ambiguous || sure.has(m.actor));
    s.actors = new Set(s.mentions.map((m) => m.actor));
  }
}

/** The article as sentences: title, then each paragraph, lead sentences marked. */
export function articleDoc(
  gazetteer: Gazetteer,
  article: Article,
  lang: ContextLanguage | null = contextLanguage(`${article.title}\n${article.text}`, article.lang),
): Doc {
  const published = article.publishedTime ? Date.parse(article.publishedTime) : NaN;
  const doc: Doc = {
    kind: 'article',
    story: null,
    url: article.url,
    outlet: article.siteName,
    published: Number.isFinite(published) ? published : null,
    sentences: [],
    actorSentences: new Map(),
    lang,
  };
  const lead = article.lead.replace(/\s+/g, ' ');
  const paragraphs = article.text
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  const headline = headlineOf(article.title);
  const parts: { text: string; place: Place }[] = [{ text: headline, place: 'title' }];
  // A page often repeats its headline above the text: it is the title, quoted once.
  const sameWords = (a: string, b: string) => wordsOf(a) !== '' && wordsOf(a) === wordsOf(b);
  for (const p of paragraphs.filter((p) => !sameWords(p, headline) && !sameWords(p, article.title)))
    parts.push({
      text: p,
      place: lead.length > 0 && lead.includes(p.replace(/\s+/g, ' ').slice(0, 80)) ? 'lead' : 'body',
    });
  analyse(gazetteer, doc, parts);
  resolveReferences(doc, gazetteer);
  return doc;
}

/** A matched story as sentences: its title, then its summary. */
export function storyDoc(gazetteer: Gazetteer, match: MatchResult): Doc {
  const { story } = match;
  const doc: Doc = {
    kind: match.verdict,
    story,
    url: story.url,
    outlet: story.outlet,
    published: story.published,
    sentences: [],
    actorSentences: new Map(),
    // A feed story only adds weight to the actors it names; its language is read only when its script is not Latin.
    lang: CJK_TEXT_RE.test(story.title) ? (contextLanguage(`${story.title}\n${story.summary}`) ?? 'en') : 'en',
  };
  const summary = story.summary.trim();
  // Feeds often repeat the title as the summary's first sentence.
  const parts: { text: string; place: Place }[] = [{ text: story.title, place: 'story-title' }];
  if (summary.length > 0 && summary !== story.title) parts.push({ text: summary, place: 'story-summary' });
  return analyse(gazetteer, doc, parts);
}

/** The link-ready form of a sentence. */
export function quoteOf(sentence: Sentence): Quote {
  const { doc } = sentence;
  return {
    text: sentence.text,
    from: doc.kind === 'article' ? 'article' : 'story',
    href: textFragmentUrl(doc.url, sentence.text),
    outlet: doc.story ? doc.outlet : null,
    storyTitle: doc.story?.title ?? null,
    published: doc.story ? doc.published : null,
  };
}

export { storyRef } from './story-ref';
