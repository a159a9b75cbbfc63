/**
 * Who a result headline's result went to, and whom it beat (contest.ts, award.ts): what a story's record keeps of
 * a result (story-record.ts) and what an article's result asks of a story's (features.ts `otherContest`).
 */
import { awardWinner } from './award';
import { contestSides, lossSides } from './contest';

/** A result's sides as words: the winner's and the beaten side's (either may be empty, not both). */
export interface ResultSides {
  winner: string[];
  loser: string[];
}

/**
 * The sides of the result a headline reports: a contest's two, a loss's beaten side (with its winner when named),
 * or a prize's winner (`isName` as for {@link awardWinner}); null when it reports no result. A lone loser must be a
 * name the text proves, as a prize's winner must.
 */
export function resultSides(headline: string, isName: (word: string) => boolean): ResultSides | null {
  const contest = contestSides(headline);
  if (contest !== null) return { winner: contest.first, loser: contest.second };
  const loss = lossSides(headline);
  if (loss !== null && (loss.winner.length > 0 || loss.loser.some(isName))) return loss;
  const winner = awardWinner(headline, isName);
  return winner === null ? null : { winner, loser: [] };
}
