/**
 * Which actors the story is about: mentions in the article's title and lead weigh more than in its body, and
 * each other report and background story naming the actor adds a little.
 */
import type { Doc } from './corpus';

/** How present an actor is, and the score that ranks it. */
export interface ActorSalience {
  actor: string;
  score: number;
  /** Sentences of the article naming it (title included). */
  articleSentences: number;
  inTitle: boolean;
  leadSentences: number;
  /** Matched stories naming it. */
  sameStories: number;
  relatedStories: number;
}

export const SALIENCE = {
  title: 3,
  lead: 2,
  /** Times log2(1 + body sentences). */
  body: 2,
  sameStory: 0.6,
  relatedStory: 0.25,
  /** A card needs this score, and this share of the top actor's. */
  minScore: 3,
  minShareOfTop: 0.2,
  maxCards: 4,
} as const;

/** Every actor named anywhere, most salient first. */
export function rankActors(article: Doc, stories: readonly Doc[]): ActorSalience[] {
  const byActor = new Map<string, ActorSalience>();
  const get = (actor: string): ActorSalience => {
    let s = byActor.get(actor);
    if (!s) byActor.set(actor, (s = { actor, score: 0, articleSentences: 0, inTitle: false, leadSentences: 0, sameStories: 0, relatedStories: 0 }));
    return s;
  };
  const bodyCounts = new Map<string, number>();
  for (const sentence of article.sentences) {
    for (const actor of sentence.actors) {
      const s = get(actor);
      s.articleSentences++;
      if (sentence.place === 'title') s.inTitle = true;
      else if (sentence.place === 'lead') s.leadSentences++;
      else bodyCounts.set(actor, (bodyCounts.get(actor) ?? 0) + 1);
    }
  }
  for (const doc of stories) {
    for (const actor of doc.actorSentences.keys()) {
      const s = get(actor);
      if (doc.kind === 'same') s.sameStories++;
      else s.relatedStories++;
    }
  }
  for (const s of byActor.values()) {
    s.score =
      (s.inTitle ? SALIENCE.title : 0) +
      SALIENCE.lead * Math.min(s.leadSentences, 2) +
      SALIENCE.body * Math.log2(1 + (bodyCounts.get(s.actor) ?? 0)) +
      SALIENCE.sameStory * Math.min(s.sameStories, 8) +
      SALIENCE.relatedStory * Math.min(s.relatedStories, 8);
  }
  return [...byActor.values()].sort((a, b) => b.score - a.score || a.actor.localeCompare(b.actor));
}

/** The actors that get a stake card: named in the article and salient enough, at most `maxCards`. */
export function salientActors(ranked: readonly ActorSalience[]): ActorSalience[] {
  const top = ranked[0]?.score ?? 0;
  return ranked
    .filter((s) => s.articleSentences > 0 && s.score >= SALIENCE.minScore && s.score >= SALIENCE.minShareOfTop * top)
    .slice(0, SALIENCE.maxCards);
}
