/**
 * Whether a headline's person or place is a proper name or a common word its place capitalises: "Sydney" and
 * "Bolsonaro" are whose story it is; the "Police" that opens "Police arrest suspect…" and each of its sentences is
 * not (verdict.ts `isBackground`). Read from the article's capitals and the cache's.
 */
import type { StoryIndex } from './inverted-index';
import type { QueryName } from './query';

/**
 * Which focal names without other names are proper names, and which are common words. A proper name: the
 * article writes one of its words with a capital where no sentence starts (entities.ts `proven`), and the cache's
 * stories write that word as a name often enough (or too few stories have it to tell). A common word: no word of
 * it is written as a name that often (half as often when the article never proves it). A capital at a headline's
 * or sentence's start makes "Police" look like a name; most stories write "police", and "People" is mostly
 * people. A name that only ever opens a sentence in a small cache ("Boeing halts…") is neither.
 */
export function nameKinds(
  index: StoryIndex,
  names: readonly QueryName[],
  focal: ReadonlyMap<number, number>,
  actors: ReadonlyMap<number, unknown>,
): { proper: Set<number>; common: Set<number> } {
  const asName =
    (share: number) =>
    (id: number): boolean => {
      const df = index.df(id);
      return df < PROPER_MIN_DF || index.nameDf(id) >= share * df;
    };
  const proper = new Set<number>();
  const common = new Set<number>();
  for (const rank of focal.keys()) {
    const name = names[rank];
    if (!name || actors.has(rank)) continue;
    if (name.proven && name.termIds.some(asName(PROPER_SHARE))) proper.add(rank);
    if (!name.termIds.some(asName(name.proven ? PROPER_SHARE : UNPROVEN_SHARE))) common.add(rank);
  }
  return { proper, common };
}

/** Stories that must have a word before the cache's capitals say whether it is a name. */
const PROPER_MIN_DF = 10;
/**
 * Share of the stories with a word that must write it as a name for it to be one. Lower than half: a story's
 * extractor proves no name from the first word of a headline or sentence ("Bolsonaro charged over…").
 */
const PROPER_SHARE = 0.25;
/** The same for a word the article only capitalises where a sentence starts: ECB+ stories write "Police" 27 times in 94. */
const UNPROVEN_SHARE = 0.5;
