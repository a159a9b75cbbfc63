/**
 * A story term's weight, the one formula behind both the wording features and the stories' tf-idf vectors: its
 * log-damped frequency, headline occurrences counting double, times its idf.
 */
export function termMass(idf: number, titleTf: number, summaryTf: number): number {
  return (1 + Math.log(2 * titleTf + summaryTf)) * idf;
}
