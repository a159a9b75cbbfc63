/**
 * How the context sections refer to a story. Apart from the corpus, so the views' timeline code does not pull
 * the sentence analysis into the popup and sidebar bundles.
 */
import type { Story } from '../types';
import type { StoryRef } from './types';

/** The fields of a story the context sections link to. */
export function storyRef(story: Story): StoryRef {
  return {
    title: story.title,
    url: story.url,
    outlet: story.outlet,
    published: story.published,
    dateIsFetchTime: story.dateIsFetchTime,
  };
}
