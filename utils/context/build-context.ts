/**
 * Builds the context sections for an article and its matched stories: Stakes (one card per salient or pinned
 * actor), Timeline, Coverage, topic tags, What others add and "Why it matters". Runs in the background worker
 * after matching; pure and synchronous, so it also runs in Node for tests and the bench.
 */
import type { Article, MatchResult, Source } from '../types';
import type { ActorSettings } from './actor-settings';
import { articleDoc, quoteOf, storyDoc, storyRef, type Doc, type Sentence } from './corpus';
import { coverageOf } from './coverage';
import { gazetteerFor, type Gazetteer } from './gazetteer';
import { othersAdd } from './others-add';
import { factsFromSource, lookupFromSources, type OutletLookup } from './outlets';
import { possessive, stakeHeading } from './possessive';
import { rankActors, salientActors, type ActorSalience, type CardLimits } from './salience';
import { pairStats, relationsOf, scoreStakeSentence, stakeSentences } from './stakes';
import { topicTags } from './tags';
import { timelineOf } from './timeline';
import { isSportsReport } from './page-kind';
import { stakeLine } from './stake-line';
import type { AlsoAtStake, OwnOutlets, StakeCard, StoryContext } from './types';
import { whyItMatters } from './why-it-matters';

/** What the context is computed from. */
export interface ContextInput {
  article: Article;
  same: readonly MatchResult[];
  related: readonly MatchResult[];
  sources: readonly Source[];
  settings: ActorSettings;
  /** Outlet facts for a story; by default read from the sources. */
  outletFacts?: OutletLookup;
  /** Defaults to the shared gazetteer for the settings' corrections. */
  gazetteer?: Gazetteer;
  now?: number;
  /** The bars for a stake card, when not the shipped ones (the eval calibrates them on half the labels). */
  cardLimits?: CardLimits;
}

const BACKGROUND_LIMIT = 3;
const OWN_OUTLETS_LIMIT = 3;

/** The context sections for one article. */
export function buildStoryContext(input: ContextInput): StoryContext {
  const gazetteer = input.gazetteer ?? gazetteerFor(input.settings.people);
  const lookup = input.outletFacts ?? lookupFromSources(input.sources, gazetteer);
  const article = articleDoc(gazetteer, input.article);
  const same = input.same.map((m) => storyDoc(gazetteer, m));
  const related = input.related.map((m) => storyDoc(gazetteer, m));
  const stories = [...same, ...related];
  const nameOf = (id: string) => gazetteer.actor(id)?.name ?? id;

  const ranked = rankActors(article, stories);
  const quiet = quietReason(article);
  const { cards: salient, also } = quiet ? { cards: [], also: [] } : salientActors(ranked, input.cardLimits);
  const pinned = input.settings.pinned.map((p) => gazetteer.resolve(p)).filter((id): id is string => id !== null);
  const cardActors = [...new Set([...salient.map((s) => s.actor), ...pinned])];
  const pairs = pairStats([article, ...same, ...related]);
  const byActor = new Map(ranked.map((s) => [s.actor, s]));
  const ctx: CardContext = { gazetteer, lookup, article, stories, pairs, nameOf, sources: input.sources };

  return {
    version: 1,
    whyItMatters: whyItMatters(input.article),
    // A salient actor with no sentence about it gets no card; a pinned one always does.
    stakes: cardActors
      .map((actor) => stakeCard(ctx, actor, byActor.get(actor), pinned.includes(actor)))
      .filter((card) => card.pinned || card.inArticle.length > 0),
    alsoAtStake: also.map((s) => alsoEntry(ctx, s.actor)).filter((a): a is AlsoAtStake => a !== null),
    quiet,
    timeline: timelineOf(input.article, article.published, stories, input.now ?? Date.now()),
    coverage: coverageOf(same, input.sources, lookup, gazetteer),
    tags: topicTags([article, ...stories], salient, nameOf),
    othersAdd: othersAdd(article, same),
    leadersAsOf: gazetteer.leadersAsOf,
    leadersCorrected: input.settings.people.length > 0,
  };
}

interface CardContext {
  gazetteer: Gazetteer;
  lookup: OutletLookup;
  article: Doc;
  stories: Doc[];
  pairs: ReturnType<typeof pairStats>;
  nameOf: (id: string) => string;
  sources: readonly Source[];
}

function stakeCard(ctx: CardContext, actor: string, salience: ActorSalience | undefined, pinned: boolean): StakeCard {
  const info = ctx.gazetteer.actor(actor);
  const name = info?.name ?? actor;
  const mentions = [ctx.article, ...ctx.stories].flatMap((d) =>
    d.sentences.flatMap((s) => s.mentions.filter((m) => m.actor === actor)),
  );
  const namedAs = countedDistinct(mentions.map((m) => m.surface));
  const people = new Map(
    mentions.filter((m) => m.person).map((m) => [m.person?.name ?? '', m.person as { name: string; role: string }]),
  );
  const inArticle = stakeSentences(ctx.article, actor);
  const best = lineSentence(ctx.article, actor, inArticle);
  const background = ctx.stories
    .filter((d) => d.kind === 'related' && d.story && d.actorSentences.has(actor))
    .sort((a, b) => (b.published ?? 0) - (a.published ?? 0))
    .slice(0, BACKGROUND_LIMIT)
    .map((d) => storyRef(d.story as NonNullable<Doc['story']>));
  return {
    actor,
    name,
    heading: stakeHeading(name),
    possessive: possessive(name),
    kind: info?.kind ?? 'country',
    pinned,
    focal: salience?.focal ?? false,
    line: best ? stakeLine(best, actor) : null,
    articleMentions: salience?.articleSentences ?? 0,
    coverageMentions: (salience?.sameStories ?? 0) + (salience?.relatedStories ?? 0),
    namedAs: namedAs.slice(0, 6),
    people: [...people.values()].slice(0, 4),
    inArticle,
    relations: relationsOf(actor, ctx.pairs, ctx.nameOf),
    ownOutlets: info?.kind === 'country' ? ownOutlets(ctx, actor) : null,
    background,
  };
}

/**
 * The sentence a card's line comes from: the best quoted sentence whose first actor is this one (so the Philippines'
 * line is not China's deed), else the best quoted sentence.
 */
function lineSentence(
  article: Doc,
  actor: string,
  quoted: readonly { quote: { text: string } }[],
): Sentence | undefined {
  const sentences = quoted
    .map((q) => article.sentences.find((s) => s.text === q.quote.text))
    .filter((s): s is Sentence => s !== undefined);
  return sentences.find((s) => s.mentions[0]?.actor === actor) ?? sentences[0];
}

/** A line for "Also at stake": the actor's name and what is at stake for it, with the sentence it comes from. */
function alsoEntry(ctx: CardContext, actor: string): AlsoAtStake | null {
  const quoted = stakeSentences(ctx.article, actor);
  const sentence = lineSentence(ctx.article, actor, quoted);
  const first = quoted.find((q) => q.quote.text === sentence?.text);
  if (!first || !sentence) return null;
  const name = ctx.nameOf(actor);
  return { actor, name, line: stakeLine(sentence, actor) ?? first.quote.text, quote: first.quote };
}

/**
 * Why no stake card is shown, when none should be: the page is in a language Sidelight cannot read for actors,
 * or it is a sports report (countries there are teams). Otherwise null.
 */
function quietReason(doc: Doc): StoryContext['quiet'] {
  if (doc.lang === null) return 'language';
  if (isSportsReport(doc.sentences.flatMap((s) => s.keys))) return 'sports';
  return null;
}

/** What outlets from `actor`'s country say in the matched coverage. */
function ownOutlets(ctx: CardContext, actor: string): OwnOutlets {
  const stories: OwnOutlets['stories'] = [];
  for (const doc of ctx.stories) {
    const facts = doc.story ? ctx.lookup(doc.story) : null;
    if (!doc.story || facts?.country !== actor) continue;
    // The sentence about the actor that says most; the title when none names it.
    const best = doc.sentences
      .map((s) => ({
        s,
        score: s.actors.has(actor) ? scoreStakeSentence(s, actor).score : s.place === 'story-title' ? 0.5 : 0,
      }))
      .sort((a, b) => b.score - a.score)[0];
    if (!best) continue;
    stories.push({ story: storyRef(doc.story), quote: quoteOf(best.s), stateAffiliated: facts.stateAffiliated });
    if (stories.length >= OWN_OUTLETS_LIMIT) break;
  }
  const sourcesFromCountry = ctx.sources.filter((s) => factsFromSource(s, ctx.gazetteer)?.country === actor).length;
  return { stories, sourcesFromCountry };
}

function countedDistinct(values: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([v]) => v);
}
