/**
 * Matching: which stored stories report the article's event ("same") and which are background ("related").
 *
 *   const index = new StoryIndex();
 *   for (const story of stories) index.add(story);
 *   const matches = rankStories(index, { title, lead, text, published, url });
 */
export { StoryIndex, type IndexableStory, type IndexedStory } from './inverted-index';
export { rankStories, type MatchQuery, type RankedMatch, type RankOptions } from './rank';
export { extractNames, extractNumbers, type NameMention, type NumberMention } from './entities';
export { stem, terms } from './tokenize';
