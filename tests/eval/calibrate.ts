/**
 * Split-half calibration of the same-story rule: the set's topics (groups of queries linked by their
 * relevant and hard labels) are split into two halves; thresholds are chosen on one half (highest recall with
 * precision ≥ the target) and reported on the other, both ways round. A rule that only fits one half shows
 * here as a drop on the other.
 */
import { decide, rankingContext } from '../../utils/match/verdict';
import { VERDICT, type CandidateEvidence, type VerdictRule } from '../../utils/match/verdict-rule';
import { precisionRecallF1, setCounts, type SetCounts } from './metrics';

/** One query's candidates with their evidence, and its labels. */
export interface CalibrationQuery {
  id: string;
  candidates: (CandidateEvidence & { id: string })[];
  relevant: ReadonlySet<string>;
  hard: ReadonlySet<string>;
}

/** Precision the rule must keep while recall is maximised. */
export const TARGET_PRECISION = 0.9;

/** Topic of each query: connected components of "query — labelled story" links (union-find). */
export function topicsOf(
  queries: readonly { id: string; relevant: ReadonlySet<string>; hard: ReadonlySet<string> }[],
): Map<string, string> {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root) as string;
    parent.set(x, root);
    return root;
  };
  const union = (a: string, b: string): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra, rb);
  };
  for (const q of queries) {
    find(q.id);
    for (const id of [...q.relevant, ...q.hard]) union(q.id, id);
  }
  return new Map(queries.map((q) => [q.id, find(q.id)]));
}

/** Same-story precision/recall of a rule over some queries. */
export function judge(
  queries: readonly CalibrationQuery[],
  rule: VerdictRule,
): { precision: number; recall: number; f1: number } {
  const counts: SetCounts[] = queries.map((q) => {
    const context = rankingContext(q.candidates, null);
    const same = q.candidates.filter((c) => decide(c, context, rule, null) === 'same').map((c) => c.id);
    return setCounts(same, q.relevant);
  });
  return precisionRecallF1(counts);
}

/** Rules tried: the sameness threshold and the anchor (establish) threshold over a grid, the rest as in VERDICT. */
function grid(): VerdictRule[] {
  const rules: VerdictRule[] = [];
  for (let establish = 0.3; establish <= 0.5001; establish += 0.01) {
    for (let sameness = 0.7; sameness <= 1.3001; sameness += 0.01) {
      rules.push({ ...VERDICT, establish: round(establish), sameness: round(sameness) });
    }
  }
  return rules;
}

const round = (x: number): number => Math.round(x * 100) / 100;

/** The rule with the highest recall at precision ≥ target on these queries. */
export function choose(queries: readonly CalibrationQuery[]): VerdictRule {
  let best: { rule: VerdictRule; recall: number } = { rule: VERDICT, recall: -1 };
  for (const rule of grid()) {
    const r = judge(queries, rule);
    if (r.precision >= TARGET_PRECISION && r.recall > best.recall) best = { rule, recall: r.recall };
  }
  return best.rule;
}

/** Lines to print: the rule chosen on each half and how it does on the other. */
export function splitHalfReport(queries: readonly CalibrationQuery[]): string[] {
  const topics = topicsOf(queries);
  const names = [...new Set(topics.values())].sort();
  const half = new Set(names.filter((_, i) => i % 2 === 0));
  const a = queries.filter((q) => half.has(topics.get(q.id) ?? ''));
  const b = queries.filter((q) => !half.has(topics.get(q.id) ?? ''));
  const f = (x: number): string => x.toFixed(3);
  const lines = [
    `split-half: ${names.length} topics → ${half.size} / ${names.length - half.size} (${a.length} / ${b.length} queries)`,
  ];
  for (const [name, train, test] of [
    ['A', a, b],
    ['B', b, a],
  ] as const) {
    const rule = choose(train);
    const fit = judge(train, rule);
    const held = judge(test, rule);
    lines.push(
      `  chosen on ${name} (establish ${rule.establish}, sameness ${rule.sameness}): ${name} P ${f(fit.precision)} R ${f(fit.recall)} · held-out ${name === 'A' ? 'B' : 'A'} P ${f(held.precision)} R ${f(held.recall)} F1 ${f(held.f1)}`,
    );
  }
  const chosen = judge(queries, VERDICT);
  const onA = judge(a, VERDICT);
  const onB = judge(b, VERDICT);
  lines.push(
    `  shipped rule (establish ${VERDICT.establish}, sameness ${VERDICT.sameness}): all P ${f(chosen.precision)} R ${f(chosen.recall)} · A P ${f(onA.precision)} R ${f(onA.recall)} · B P ${f(onB.precision)} R ${f(onB.recall)}`,
  );
  return lines;
}
