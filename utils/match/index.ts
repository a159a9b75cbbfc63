/**
 * Matching: which stored stories report the article's event ("same") and which are background ("related").
 *
 *   const index = new StoryIndex();
 *   for (const story of stories) index.add(story);
 *   const matches = rankStories(index, { title, lead, text, published, url });
 *
 * The index persists (serialiseIndex / loadIndex, versioned), copies of one report group into one row
 * (groupCopies), and unknown name spellings find their variants (index.variants, Fuse.js over name words).
 */
export { StoryIndex, type IndexableStory, type IndexedStory } from './inverted-index';
export { rankAll, rankStories, scoreCandidates, type MatchQuery, type RankedMatch, type RankOptions } from './rank';
export { decide } from './verdict';
export { VERDICT, type VerdictRule } from './verdict-rule';
export {
  loadIndex,
  persistedIndexProblem,
  serialiseIndex,
  ANALYSER_VERSION,
  INDEX_SCHEMA_VERSION,
  type PersistedIndex,
} from './persist';
export { areCopies, groupCopies } from './group';
export { extractNames, extractNumbers, type NameMention, type NumberMention } from './entities';
export { resolveRelativeDays } from './relative-dates';
export { stem, terms } from './tokenize';
