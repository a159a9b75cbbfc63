/**
 * The verdicts a reader would see: the given stories cached, an article (its first line the lead) ranked against
 * them. For the matcher's tests and evals that write their article and cache by hand.
 */
import { StoryIndex, type IndexableStory } from '../../utils/match/inverted-index';
import { rankStories } from '../../utils/match/rank';

/** Each shown story's verdict ("same" or "related") by its id; a story not shown is absent. */
export function rankArticle(
  article: { title: string; text: string; published: number },
  stories: readonly IndexableStory[],
): Map<string, 'same' | 'related'> {
  const index = new StoryIndex();
  for (const story of stories) index.add(story);
  const lead = article.text.split('\n')[0] ?? '';
  return new Map(rankStories(index, { ...article, lead }).map((m) => [m.id, m.verdict]));
}
