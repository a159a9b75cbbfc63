/**
 * Whose story it is, and who else has a stake in it. Each mention counts by what the actor does in its sentence
 * (acting, speaking through its officials and being acted on count fully; qualifying a noun or placing something
 * hardly at all) and by where it is: the headline most, then the standfirst and a "Why it matters" passage, then
 * the body. The focal actor is the headline's subject, or the actor a frame such as "X faces implications" or
 * "what it means for X" names; mention counts never outrank it. Matched stories add a little weight to an actor
 * but never move another ahead of the focal one.
 */
import type { Doc, Sentence } from './corpus';
import { stakeCues } from './cues';
import type { StakeCue } from './types';
import { listRuns, type Mention } from './mentions';
import { ROLE_WEIGHT, STRONG_ROLES } from './roles';

/** How present an actor is, and the score that ranks it. */
export interface ActorSalience {
  actor: string;
  score: number;
  /** The part of the score from the article alone: it decides whose story it is. */
  articleScore: number;
  /** Sentences of the article naming it (title included). */
  articleSentences: number;
  inTitle: boolean;
  leadSentences: number;
  /** Sentences of the article in which it acts, speaks through its people or is acted on. */
  strongSentences: number;
  /** Named by its own name, people or places, not only through a person ("Trump supporters" is not the US). */
  namedItself: boolean;
  /** The weight of its own part in the headline (0 when the headline names it only as a place or qualifier). */
  titleRoleWeight: number;
  /** How strongly the headline and the story's frame make it the subject (0 when they do not name it). */
  focus: number;
  /** Whose story it is (at most two actors). */
  focal: boolean;
  /**
   * Actors named beside it in one list of the article, both playing the same strong part there ("accused the UK and
   * the US of meddling", "both Roscosmos and NASA said"): what the sentence says of one it says of the other.
   */
  listedWith: Set<string>;
  /** Matched stories naming it. */
  sameStories: number;
  relatedStories: number;
}

export const SALIENCE = {
  /** Times the best role weight of the actor's mentions in the headline. */
  title: 4,
  /** Added to `title` for the actor the headline names first. */
  firstInTitle: 2,
  /** Times the role weight, for each of the first two standfirst sentences naming it. */
  lead: 1.5,
  /** Times log2(1 + the role weights of its body sentences). */
  body: 2,
  /** A "Why it matters" passage or a frame ("what it means for X") naming the actor. */
  frame: 3,
  /** Each other report (`sameStory`) and background story (`relatedStory`) naming the actor, up to `maxStories`. */
  sameStory: 0.4,
  relatedStory: 0.15,
  maxStories: 8,
  /** The share of `frame` for acting or speaking in a "Why it matters" passage. */
  whyActsShare: 1 / 3,
  /** A second focal actor needs this share of the first's focus and this share of its article score. */
  secondFocalFocus: 0.6,
  secondFocalScore: 0.5,
  /** An acting mention followed by a verb of saying, doing, wanting or fearing ("France said", "Iran warned"). */
  voice: 1.5,
  /** A sentence naming the actor only by reference ("the government", "Mr Essid"), times its role weight. */
  reference: 0.5,
  /** People stand for their country, but a story about a person is not always the state's. */
  personFactor: 0.6,
  /** A state agency ("NASA", "the FBI") shows the state in a sentence but says nothing of how salient it is. */
  agencyFactor: 0,
  /** A capital or seat of government named other than acting or speaking ("in Amsterdam", "Paris's cafés"). */
  cityFactor: 0.15,
  /** The same city as the subject of a verb other than saying or doing ("Paris has suffered from smog"). */
  cityActsFactor: 0.5,
  /** A card needs this score, this share of the top actor's, and a sentence where it acts or is acted on. */
  minScore: 2.0,
  minShareOfTop: 0.1,
  /** The most salient actor needs this score for any card to show. */
  minTopScore: 2.5,
  /**
   * Full cards; further actors with a stake are listed under "Also at stake", one line each (up to eight: a story
   * the world reacts to names a dozen states, each with its own statement).
   */
  maxCards: 4,
  maxAlso: 8,
} as const;

/** Frames that make the story an actor's: "China faces implications", "what it means for Japan". */
const FRAME_AFTER_RE =
  /^(?:['’]s?\s+)?(?:faces?|facing|confronts?|is left|stands? to (?:gain|lose)|has (?:much|most|a lot) (?:at stake|to lose|to gain)|['’]s? (?:stake|dilemma|calculus|gamble|bet|problem|challenge|response|options))\b/iu;
const FRAME_BEFORE_RE =
  /(?:(?:what|how)(?: (?:it|this|that))? (?:means|matters) for|implications for|consequences for|at stake for|stakes for|a (?:blow|boost|win|test|headache|warning) (?:for|to)|why [\p{L} ]{0,20} matters to)\s+(?:the\s+)?$/iu;
const WHY_HEADING_RE = /^why (?:it|this) matters\b/iu;

function weightOf(m: Mention): number {
  return ROLE_WEIGHT[m.role] * kindFactor(m);
}

/** People stand for their state at a discount; a city named as a place is not its government ("in Paris"). */
function kindFactor(m: Mention): number {
  if (m.kind === 'person') return SALIENCE.personFactor;
  if (m.kind === 'agency') return SALIENCE.agencyFactor;
  if (m.kind === 'place')
    return m.role === 'agent' || m.role === 'official' ? SALIENCE.cityActsFactor : SALIENCE.cityFactor;
  return 1;
}

const VOICE_CUES = new Set<StakeCue>(['says', 'acts', 'wants', 'fears']);
/** Words after an acting mention within which a verb of saying, doing, wanting or fearing makes it speak or act. */
const VOICE_WINDOW = 6;
/** Standfirst sentences that count (the lead, else the body's first ones). */
const STANDFIRST_SENTENCES = 2;
/** Sentences after a "Why it matters" heading that belong to its passage. */
const WHY_PASSAGE_SENTENCES = 3;

/** The best weight of `actor` in one sentence (its strongest mention there); speaking or acting counts half again. */
function sentenceWeight(sentence: Sentence, actor: string): number {
  let best = 0;
  let cues: StakeCue[][] | null = null;
  for (const m of sentence.mentions) {
    if (m.actor !== actor) continue;
    let w = weightOf(m);
    if (m.role === 'agent' || m.role === 'official') {
      cues ??= stakeCues(sentence.keys);
      const at = sentence.tokens.findIndex((t) => t.start >= m.end);
      // "Beijing warned": a seat of government speaking is its government, at full weight.
      if (at >= 0 && cues.slice(at, at + VOICE_WINDOW).some((c) => c.some((k) => VOICE_CUES.has(k))))
        w =
          ROLE_WEIGHT[m.role] *
          SALIENCE.voice *
          (m.kind === 'person' ? SALIENCE.personFactor : m.kind === 'agency' ? SALIENCE.agencyFactor : 1);
    }
    best = Math.max(best, w);
  }
  return best;
}

/**
 * Records the actors a list of this sentence names together in the same strong part (`listedWith`), by their names,
 * places or agencies (a state agency acting beside another state's is its state's act; a person is not the state).
 */
function listPartners(sentence: Sentence, get: (actor: string) => ActorSalience): void {
  for (const run of listRuns(sentence.text, sentence.mentions)) {
    for (const a of run) {
      if (!STRONG_ROLES.has(a.role) || a.kind === 'person') continue;
      for (const b of run)
        if (b.actor !== a.actor && b.role === a.role && b.kind !== 'person') get(a.actor).listedWith.add(b.actor);
    }
  }
}

/** Actors a frame in this sentence points at. */
function framedActors(sentence: Sentence): Set<string> {
  const out = new Set<string>();
  for (const m of sentence.mentions) {
    if (FRAME_AFTER_RE.test(sentence.text.slice(m.end)) || FRAME_BEFORE_RE.test(sentence.text.slice(0, m.start)))
      out.add(m.actor);
  }
  return out;
}

/** Sentences of a "Why it matters" passage: a paragraph opening so, or the paragraph after such a heading. */
function whyItMattersSentences(article: Doc): Set<Sentence> {
  const out = new Set<Sentence>();
  const sentences = article.sentences;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i] as Sentence;
    if (!WHY_HEADING_RE.test(s.text)) continue;
    out.add(s);
    for (let j = i + 1; j < Math.min(sentences.length, i + 1 + WHY_PASSAGE_SENTENCES); j++)
      out.add(sentences[j] as Sentence);
  }
  return out;
}

/** Every actor named anywhere, most salient first; focal actors first of all. */
export function rankActors(article: Doc, stories: readonly Doc[]): ActorSalience[] {
  const byActor = new Map<string, ActorSalience>();
  const get = (actor: string): ActorSalience => {
    let s = byActor.get(actor);
    if (!s) {
      s = {
        actor,
        score: 0,
        articleScore: 0,
        namedItself: false,
        titleRoleWeight: 0,
        articleSentences: 0,
        inTitle: false,
        leadSentences: 0,
        strongSentences: 0,
        focus: 0,
        focal: false,
        listedWith: new Set(),
        sameStories: 0,
        relatedStories: 0,
      };
      byActor.set(actor, s);
    }
    return s;
  };
  const titleWeight = new Map<string, number>();
  const leadWeight = new Map<string, number[]>();
  const bodyWeight = new Map<string, number>();
  const why = whyItMattersSentences(article);
  // The standfirst: sentences marked as the lead, else the first two of the body.
  const hasLead = article.sentences.some((s) => s.place === 'lead');
  let bodySeen = 0;
  for (const sentence of article.sentences) {
    const isLead =
      sentence.place === 'lead' || (!hasLead && sentence.place === 'body' && bodySeen++ < STANDFIRST_SENTENCES);
    const framed = framedActors(sentence);
    if (sentence.place !== 'title') listPartners(sentence, get);
    // A state named only by reference ("the federal government said") adds to its weight, at a discount, but
    // counts for nothing else: it is no sentence naming the actor.
    for (const ref of sentence.refs) {
      if (sentence.actors.has(ref.actor) || sentence.place === 'title') continue;
      const w = ROLE_WEIGHT[ref.role] * SALIENCE.reference;
      if (isLead) leadWeight.set(ref.actor, [...(leadWeight.get(ref.actor) ?? []), w]);
      else bodyWeight.set(ref.actor, (bodyWeight.get(ref.actor) ?? 0) + w);
    }
    for (const actor of sentence.actors) {
      const s = get(actor);
      const w = sentenceWeight(sentence, actor);
      s.articleSentences++;
      if (sentence.mentions.some((m) => m.actor === actor && m.kind !== 'person' && m.kind !== 'agency'))
        s.namedItself = true;
      // Outside English only places are told apart: any other mention counts as the actor in the story.
      const strong = (m: Mention) =>
        STRONG_ROLES.has(m.role) || ((article.lang ?? 'en') !== 'en' && m.role === 'mention');
      if (sentence.mentions.some((m) => m.actor === actor && strong(m))) s.strongSentences++;
      if (framed.has(actor)) s.focus += SALIENCE.frame;
      if (
        why.has(sentence) &&
        sentence.mentions.some((m) => m.actor === actor && (m.role === 'agent' || m.role === 'official'))
      )
        s.focus += SALIENCE.frame * SALIENCE.whyActsShare;
      if (sentence.place === 'title') {
        s.inTitle = true;
        // In a headline even "US gun laws" or "killed in Iran" is about the country (not "an American flag").
        const floor = Math.max(
          0,
          ...sentence.mentions
            .filter((m) => m.actor === actor && m.kind === 'name')
            .map((m) => ROLE_WEIGHT.mention * kindFactor(m)),
        );
        titleWeight.set(actor, Math.max(titleWeight.get(actor) ?? 0, w, floor));
        s.titleRoleWeight = Math.max(s.titleRoleWeight, w);
      } else if (isLead) {
        s.leadSentences++;
        leadWeight.set(actor, [...(leadWeight.get(actor) ?? []), w]);
      } else bodyWeight.set(actor, (bodyWeight.get(actor) ?? 0) + w);
    }
  }
  // The headline's subject: its weight there, and first among equals the actor named first.
  const title = article.sentences.find((s) => s.place === 'title');
  const firstInTitle = title?.mentions.find((m) => ROLE_WEIGHT[m.role] >= ROLE_WEIGHT.mention)?.actor;
  for (const [actor, w] of titleWeight)
    get(actor).focus += (SALIENCE.title + (actor === firstInTitle ? SALIENCE.firstInTitle : 0)) * w;

  for (const doc of stories) {
    for (const actor of doc.actorSentences.keys()) {
      const s = get(actor);
      if (doc.kind === 'same') s.sameStories++;
      else s.relatedStories++;
    }
  }
  for (const s of byActor.values()) {
    const lead = (leadWeight.get(s.actor) ?? [])
      .sort((a, b) => b - a)
      .slice(0, STANDFIRST_SENTENCES)
      .reduce((a, b) => a + b, 0);
    s.articleScore = s.focus + SALIENCE.lead * lead + SALIENCE.body * Math.log2(1 + (bodyWeight.get(s.actor) ?? 0));
    s.score =
      s.articleScore +
      SALIENCE.sameStory * Math.min(s.sameStories, SALIENCE.maxStories) +
      SALIENCE.relatedStory * Math.min(s.relatedStories, SALIENCE.maxStories);
  }
  const ranked = [...byActor.values()].sort((a, b) => b.score - a.score || a.actor.localeCompare(b.actor));
  markFocal(ranked);
  // Focal actors first, the headline's subject first among them: other reports and mention counts add weight but
  // never move another actor ahead of them.
  const focal = ranked.filter((s) => s.focal).sort((a, b) => b.focus - a.focus);
  return [...focal, ...ranked.filter((s) => !s.focal)];
}

/**
 * Marks whose story it is: the actor the headline and frames make the subject (highest focus, then score), and a
 * second one when the headline gives it nearly as much; with nothing in the headline, the top-scoring actor.
 */
function markFocal(ranked: ActorSalience[]): void {
  // From the article alone: other reports never decide whose story the reader's article is.
  const inArticle = ranked.filter((s) => s.articleSentences > 0).sort((a, b) => b.articleScore - a.articleScore);
  const byFocus = [...inArticle]
    .filter((s) => s.focus > 0)
    .sort((a, b) => b.focus - a.focus || b.articleScore - a.articleScore);
  const first = byFocus[0] ?? inArticle[0];
  if (!first) return;
  first.focal = true;
  const second = byFocus.find(
    (s) =>
      s !== first &&
      s.focus >= SALIENCE.secondFocalFocus * first.focus &&
      s.articleScore >= SALIENCE.secondFocalScore * first.articleScore,
  );
  if (second) second.focal = true;
}

/** The bars an actor clears for a card: a score, and a share of the top actor's. */
export interface CardLimits {
  minScore: number;
  minShareOfTop: number;
}

/**
 * The actors with a stake in the article: named in it in a sentence where they act, speak or are acted on (or
 * the story's focal actor), and salient enough. Cards first (at most `maxCards`), then the rest for "Also at
 * stake" (at most `maxAlso`).
 */
export function salientActors(
  ranked: readonly ActorSalience[],
  limits: CardLimits = SALIENCE,
): { cards: ActorSalience[]; also: ActorSalience[] } {
  const top = Math.max(0, ...ranked.filter((s) => s.articleSentences > 0).map((s) => s.score));
  // A story with no actor at its centre (one passing "U.S. Attorney" in a local crime report) has no stake card.
  if (top < SALIENCE.minTopScore) return { cards: [], also: [] };
  const inStory = (s: ActorSalience) =>
    s.articleSentences > 0 &&
    s.namedItself &&
    (s.strongSentences > 0 || (s.focal && s.titleRoleWeight >= ROLE_WEIGHT.mention));
  const salient = ranked.filter(
    (s) => inStory(s) && s.score >= limits.minScore && s.score >= limits.minShareOfTop * top,
  );
  // Below the bars, an actor listed beside one that clears them, in the same part ("accused the UK and the US of
  // meddling"), shares its stake in that sentence, even when named there only by its agency ("both Roscosmos and
  // NASA said"; alone, a NASA science story is no stake of the United States').
  const shown = new Set(salient.map((s) => s.actor));
  const partners = ranked.filter(
    (s) =>
      !shown.has(s.actor) &&
      s.articleSentences > 0 &&
      s.strongSentences > 0 &&
      [...s.listedWith].some((a) => shown.has(a)),
  );
  const eligible = [...salient, ...partners];
  return {
    cards: eligible.slice(0, SALIENCE.maxCards),
    also: eligible.slice(SALIENCE.maxCards, SALIENCE.maxCards + SALIENCE.maxAlso),
  };
}
