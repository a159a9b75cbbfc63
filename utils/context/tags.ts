/**
 * Topic tags for the story, each counted: the actors most texts name, a pair of them with the word the texts use
 * for their quarrel ("Russia–Ukraine war"), themes from phrase lists ("Maritime dispute", "Military
 * cooperation"), and places or names the reports keep repeating ("Reed Bank"). Texts = the article and each
 * matched story.
 */
import { extractNames } from '../match/entities';
import type { Doc } from './corpus';
import type { ActorSalience } from './salience';
import type { TopicTag } from './types';

/** Themes and the folded phrases that signal them. */
const THEMES: Record<string, string[]> = {
  'Maritime dispute': [
    'coast guard',
    'water cannon',
    'territorial waters',
    'exclusive economic zone',
    'shoal',
    'reef',
    'maritime militia',
    'freedom of navigation',
  ],
  'Military cooperation': [
    'joint patrol',
    'joint exercise',
    'joint drills',
    'military cooperation',
    'defence treaty',
    'defense treaty',
    'mutual defense',
    'mutual defence',
    'military aid',
    'arms deal',
    'troops to',
  ],
  Energy: ['natural gas', 'gas field', 'oil field', 'pipeline', 'lng', 'oil prices', 'energy security', 'drilling'],
  Sanctions: ['sanctions', 'sanctioned', 'export controls', 'asset freeze'],
  'Nuclear programme': ['nuclear programme', 'nuclear program', 'uranium', 'enrichment', 'warhead', 'nuclear weapons'],
  'Missile tests': ['ballistic missile', 'missile test', 'missile launch', 'icbm', 'hypersonic'],
  'Trade and tariffs': ['tariff', 'tariffs', 'trade war', 'trade deal', 'export ban', 'import duties'],
  Elections: ['election', 'elections', 'ballot', 'polling stations', 'runoff'],
  'Ceasefire and peace talks': ['ceasefire', 'truce', 'peace talks', 'peace deal', 'peace plan'],
  'Humanitarian crisis': ['humanitarian', 'refugees', 'famine', 'aid convoy', 'displaced'],
  Migration: ['migrants', 'asylum seekers', 'border crossings', 'deportation'],
  Cyberattacks: ['cyberattack', 'cyber attack', 'hackers', 'ransomware'],
  'Human rights': ['human rights', 'political prisoners', 'crackdown', 'dissidents'],
};
const PAIR_WORDS = ['war', 'conflict', 'dispute', 'standoff', 'tensions', 'rivalry', 'talks', 'trade war', 'alliance'];
const MAX_TAGS = 6;

const docText = (doc: Doc): string => ` ${doc.sentences.map((s) => s.keys.join(' ')).join(' ')} `;

/** Tags for the story, most carried first within each kind. */
export function topicTags(
  docs: readonly Doc[],
  salient: readonly ActorSalience[],
  nameOf: (id: string) => string,
): TopicTag[] {
  const texts = docs.map(docText);
  const of = docs.length;
  const tags: TopicTag[] = [];
  const carrying = (test: (doc: Doc, text: string) => boolean) => docs.filter((d, i) => test(d, texts[i] ?? '')).length;

  const pairs = pairTags(docs, salient, nameOf);
  const names = recurringNames(docs, pairs);
  tags.push(...pairs.map(({ label, count, of }) => ({ label, count, of })), ...names.slice(0, 2));
  // An actor already in a pair tag needs no tag of its own.
  const paired = new Set(pairs.flatMap((p) => p.actors));
  for (const s of salient.slice(0, 2).filter((a) => !paired.has(a.actor))) {
    const count = carrying((d) => d.actorSentences.has(s.actor));
    if (count >= 2) tags.push({ label: nameOf(s.actor), count, of });
  }
  const themes: TopicTag[] = [];
  for (const [label, phrases] of Object.entries(THEMES)) {
    const count = carrying((_, t) => phrases.some((p) => t.includes(` ${p} `)));
    if (count >= 2 || (count === 1 && of === 1)) themes.push({ label, count, of });
  }
  tags.push(...themes.sort((a, b) => b.count - a.count).slice(0, 3));
  return tags.slice(0, MAX_TAGS);
}

/**
 * Pairs of salient actors named together in at least two texts, labelled with the word their shared sentences
 * use most ("war", "dispute"), if any: "Russia–Ukraine war", "China–Philippines". At most two, most carried first.
 */
function pairTags(
  docs: readonly Doc[],
  salient: readonly ActorSalience[],
  nameOf: (id: string) => string,
): (TopicTag & { actors: string[] })[] {
  const top = salient.slice(0, 4).map((s) => s.actor);
  const out: (TopicTag & { worded: boolean; actors: string[] })[] = [];
  for (let i = 0; i < top.length; i++) {
    for (let j = i + 1; j < top.length; j++) {
      const [a, b] = [top[i] as string, top[j] as string].sort((x, y) => nameOf(x).localeCompare(nameOf(y))) as [
        string,
        string,
      ];
      const shared = docs.map((d) => d.sentences.filter((s) => s.actors.has(a) && s.actors.has(b)));
      const count = shared.filter((list) => list.length > 0).length;
      if (count < 2) continue;
      const words = new Map<string, number>();
      for (const s of shared.flat()) {
        const text = ` ${s.keys.join(' ')} `;
        for (const w of PAIR_WORDS) if (text.includes(` ${w} `)) words.set(w, (words.get(w) ?? 0) + 1);
      }
      const word = [...words.entries()].sort((x, y) => y[1] - x[1])[0]?.[0];
      out.push({
        label: `${nameOf(a)}–${nameOf(b)}${word ? ` ${word}` : ''}`,
        count,
        of: docs.length,
        worded: word !== undefined,
        actors: [a, b],
      });
    }
  }
  return out
    .sort((x, y) => Number(y.worded) - Number(x.worded) || y.count - x.count)
    .slice(0, 2)
    .map(({ label, count, of, actors }) => ({ label, count, of, actors }));
}

/** Names in the article's title or lead that at least two other reports repeat, and that no tag already is. */
function recurringNames(docs: readonly Doc[], taken: readonly TopicTag[]): TopicTag[] {
  const [article, ...stories] = docs;
  if (!article || stories.length < 2) return [];
  const head = article.sentences
    .filter((s) => s.place === 'title' || s.place === 'lead')
    .map((s) => s.text)
    .join('\n');
  const actorWords = new Set(article.sentences.flatMap((s) => s.mentions.map((m) => m.surface.toLowerCase())));
  const takenLabels = new Set(taken.map((t) => t.label.toLowerCase()));
  const out: TopicTag[] = [];
  for (const name of extractNames(head)) {
    const lower = name.text.toLowerCase();
    if (name.keys.length < 2 || actorWords.has(lower) || takenLabels.has(lower)) continue;
    const needle = ` ${name.text
      .split(/\s+/)
      .map((w) => w.toLowerCase())
      .join(' ')} `;
    const count =
      1 + stories.filter((d) => ` ${d.sentences.map((s) => s.keys.join(' ')).join(' ')} `.includes(needle)).length;
    if (count >= 3) out.push({ label: name.text, count, of: docs.length });
  }
  return out.sort((a, b) => b.count - a.count);
}
