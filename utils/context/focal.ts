/**
 * Whose story an article is, for other parts of Sidelight: the same focal actors the Stakes section puts first,
 * from the headline's subject, the standfirst, a "Why it matters" passage and frames such as "X faces
 * implications". The matcher's background does not call it (12–72 ms an article against a 2 ms match): it reads
 * the headline's names through the same gazetteer (utils/match/actor-names.ts).
 */
import type { Article } from '../types';
import { articleDoc } from './corpus';
import { gazetteerFor, type Gazetteer } from './gazetteer';
import { rankActors } from './salience';

/** An actor whose story it is: its id (a country's alpha-3 code, "org:NATO" for others) and its display name. */
export interface FocalActor {
  id: string;
  name: string;
}

/**
 * The focal actors of an article (at most two, most central first; empty when the article names none, or is in
 * a language whose actors Sidelight does not read). Pure; takes a few milliseconds.
 */
export function focalActors(title: string, text: string, gazetteer: Gazetteer = gazetteerFor()): FocalActor[] {
  const paragraphs = text
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  const article: Article = {
    url: '',
    title,
    siteName: '',
    byline: null,
    publishedTime: null,
    lang: null,
    lead: paragraphs[0] ?? '',
    text,
  };
  return rankActors(articleDoc(gazetteer, article), [])
    .filter((s) => s.focal)
    .map((s) => ({ id: s.actor, name: gazetteer.actor(s.actor)?.name ?? s.actor }));
}
