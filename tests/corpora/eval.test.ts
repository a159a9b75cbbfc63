/**
 * Matching quality on the ECB+ dev set in ../shared (never copied into the project): the figures must stay at
 * or above floors set just under those measured when the matcher was tuned, so a regression fails here.
 * Skips with one line when ../shared is absent.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateSet } from '../eval/evaluate';
import { SHARED_DIR, sharedAvailable } from '../support/shared-corpus';
import { collectScenarios } from '../eval/same-data';
import { figuresLine, splitHalf } from '../eval/same-training';

const SHARED = SHARED_DIR;
const SET = path.join(SHARED, 'eval/ecbplus-dev');
const present = sharedAvailable('eval corpora', [path.join(SET, 'queries.jsonl')]);

/**
 * Measured with the same-story model v3 (a headline alone held to 0.97, focal names by prominence, refitted, in
 * session 12) and the background cast rule: nDCG@10 0.955, P@5 0.973, MRR 0.992, hard@5 0.026, same-story P 0.957
 * R 0.700; with none of the event's reports left a false "same" for 0.009 of queries, with one left it is found for
 * 0.458 and another story called "same" for 0.116; 2.5% of background rows (55 of 2,169) from another topic (10 "what
 * happened" words). Refitted with "US" read as the country (session 15): same-story P 0.956 R 0.713, none left 0.011,
 * one left found 0.467 and another 0.127, background 2.6% (55 of 2,100) from another topic. Refitted with spans of
 * time and magnitudes read as their own units (session 16): P 0.954 R 0.698, none left 0.011, one left found 0.477
 * and another 0.116, background 2.6% (56 of 2,169). With the join by resemblance (session 16): P 0.950 R 0.716,
 * none left 0.011, one left found 0.477 and another 0.116, background 2.7% (56 of 2,078). With the establish bar by a
 * report's fellows (session 17): P 0.951 R 0.694, none left 0.017, one left found 0.542 and another 0.121, background
 * 2.6% (56 of 2,174). With a crowd apart at 0.15 (session 30; verdict.ts `crowdApart`): P 0.946 R 0.704, none left
 * 0.019, one left found 0.587 and another 0.108, background 2.4% (46 of 1,890). With a report's fellows no longer
 * raising its bar where the article sits in the best five's crowd (session 42; verdict-rule.ts `crowdMember`): P 0.947
 * R 0.720, none left 0.024, one left found 0.593 and another 0.112.
 */
const FLOORS = { ndcg10: 0.945, p5: 0.965, mrr: 0.985, samePrecision: 0.94, sameRecall: 0.71, loneFound: 0.53 };
const CEILINGS = { hard5: 0.032, noneFalse: 0.03, loneWrong: 0.115, backgroundOtherTopic: 0.03 };

describe.skipIf(!present)('matching on ecbplus-dev', () => {
  const report = present ? evaluateSet(SET, { calibrate: true }) : null;

  it('ranks other reports of the event first', () => {
    expect(report?.ndcg10).toBeGreaterThanOrEqual(FLOORS.ndcg10);
    expect(report?.p5).toBeGreaterThanOrEqual(FLOORS.p5);
    expect(report?.mrr).toBeGreaterThanOrEqual(FLOORS.mrr);
  });

  it('keeps look-alike events out of the top five', () => {
    expect(report?.hard5).toBeLessThanOrEqual(CEILINGS.hard5);
  });

  it('calls the same story with precision and recall', () => {
    expect(report?.same.precision).toBeGreaterThanOrEqual(FLOORS.samePrecision);
    expect(report?.same.recall).toBeGreaterThanOrEqual(FLOORS.sameRecall);
  });

  it('calls little "same" when the cache lacks the event, and finds a lone report', () => {
    const j = report?.judgement;
    const queries = Math.max(j?.queries ?? 0, 1);
    expect(j?.queries).toBeGreaterThan(100);
    expect((j?.noneFalse ?? queries) / queries).toBeLessThanOrEqual(CEILINGS.noneFalse);
    expect((j?.loneFound ?? 0) / queries).toBeGreaterThanOrEqual(FLOORS.loneFound);
    expect((j?.loneWrong ?? queries) / queries).toBeLessThanOrEqual(CEILINGS.loneWrong);
  });

  it('shows background on the subject, seldom from another topic', () => {
    const b = report?.background;
    expect(b?.rows).toBeGreaterThan(100);
    expect((b?.otherTopic ?? 0) / Math.max(b?.rows ?? 0, 1)).toBeLessThanOrEqual(CEILINGS.backgroundOtherTopic);
  });

  it('holds up on the half of the topics its model was not fitted on', () => {
    for (const h of splitHalf(collectScenarios(SET))) {
      console.log(`fitted on ${h.name}, held out: ${figuresLine(h.heldOut)}`);
      // Measured (session 14): held-out B P 0.963 R 0.606, held-out A P 0.927 R 0.822.
      expect(h.heldOut.precision).toBeGreaterThanOrEqual(0.9);
      expect(h.heldOut.recall).toBeGreaterThanOrEqual(0.6);
    }
    // It ranks every query three times, fits the trees and regressions four times and tries every threshold, join by
    // resemblance and bar by fellows on each half: 220 s on this machine with nothing else running, over 300 s on a
    // busy one (session 18). The limit only guards against a hang.
  }, 900_000);
});
