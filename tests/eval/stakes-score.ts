/**
 * Scores stake cards against gold labels: the same figures, by the same definitions, as the labelled set's
 * reference scorer (`score.py` in ../shared/eval/stakes-dev). Names are compared through the same alias table,
 * quotes through the same word-set overlap, and figures rounded the same way, so both print the same numbers for
 * the same predictions.
 */

/** One gold line: the actors with a stake (most central first), and names that are not actors. */
export interface GoldPage {
  id: string;
  actors: { name: string; focal?: boolean; evidence?: string[] }[];
  not_actors?: string[];
  note?: string;
}

/** One prediction line: the cards in display order, each with its quoted sentences in order. */
export interface PredPage {
  id: string;
  actors: { name: string; focal?: boolean; stake?: string[] }[];
  ms?: number;
}

/** The figures, rounded to three places as the reference scorer prints them (null when undefined). */
export interface StakeScores {
  articles: number;
  missing: number;
  'focal@1': number | null;
  'focal@2': number | null;
  actor_P: number | null;
  actor_R: number | null;
  false_friend: number | null;
  quiet: number | null;
  'evidence_P@3': number | null;
  'evidence_hit@1': number | null;
  ms_p50: number | null;
  n_focal: number;
  n_false_friend: number;
  n_quiet: number;
}

const ALIASES: Readonly<Record<string, string>> = {
  us: 'united states',
  usa: 'united states',
  'u.s.': 'united states',
  america: 'united states',
  'united states of america': 'united states',
  uk: 'united kingdom',
  britain: 'united kingdom',
  'great britain': 'united kingdom',
  eu: 'european union',
  un: 'united nations',
  'u.n.': 'united nations',
  isis: 'islamic state',
  isil: 'islamic state',
  'korea, south': 'south korea',
  'republic of korea': 'south korea',
  'korea, north': 'north korea',
  dprk: 'north korea',
  'russian federation': 'russia',
  "people's republic of china": 'china',
  prc: 'china',
  'state of palestine': 'palestine',
  'palestinian territories': 'palestine',
  czechia: 'czech republic',
  türkiye: 'turkey',
  burma: 'myanmar',
  'holy see': 'vatican city',
  vatican: 'vatican city',
  'ivory coast': "côte d'ivoire",
  "cote d'ivoire": "côte d'ivoire",
  'dr congo': 'democratic republic of the congo',
  'congo (kinshasa)': 'democratic republic of the congo',
  'islamic state of iraq and the levant': 'islamic state',
  daesh: 'islamic state',
  uae: 'united arab emirates',
};

/** A name as the scorer compares it: trimmed, spaces collapsed, lower case, through the alias table. */
export function canonName(name: string | undefined): string {
  const n = (name ?? '').trim().replace(/\s+/gu, ' ').toLowerCase();
  return ALIASES[n] ?? n;
}

function wordSet(s: string | undefined): Set<string> {
  return new Set((s ?? '').toLowerCase().match(/[a-z0-9]+/g) ?? []);
}

/** Whether a quote is a gold sentence: word-set overlap ≥ 0.6, or ≥ 0.85 containment of the shorter (6+ words). */
export function sameSentence(a: string, b: string): boolean {
  const ta = wordSet(a);
  const tb = wordSet(b);
  if (ta.size === 0 || tb.size === 0) return false;
  let inter = 0;
  for (const t of ta) if (tb.has(t)) inter++;
  const union = ta.size + tb.size - inter;
  const small = Math.min(ta.size, tb.size);
  return inter / union >= 0.6 || (inter / small >= 0.85 && small >= 6);
}

/** Python's round(x, 3) for the ratios printed (half to even on the binary value, as Python does). */
function round3(a: number, b: number): number | null {
  if (b === 0) return null;
  return Number((a / b).toFixed(3));
}

/** Scores `preds` against `gold`; pages absent from the predictions count as showing no card. */
export function scoreStakes(gold: readonly GoldPage[], preds: readonly PredPage[]): StakeScores {
  const byId = new Map(preds.map((p) => [p.id, p]));
  let f1 = 0,
    f2 = 0,
    nf = 0,
    tp = 0,
    shown = 0,
    goldN = 0,
    found = 0,
    ffArt = 0,
    ffN = 0,
    quiet = 0,
    quietN = 0;
  let evOk = 0,
    evN = 0,
    evHit = 0,
    evCards = 0,
    missing = 0;
  const ms: number[] = [];
  for (const g of gold) {
    let p = byId.get(g.id);
    if (!p) {
      missing++;
      p = { id: g.id, actors: [] };
    }
    if (typeof p.ms === 'number') ms.push(p.ms);
    const gact = new Map(g.actors.map((a) => [canonName(a.name), a]));
    const focal = new Set([...gact].filter(([, a]) => a.focal).map(([k]) => k));
    const names = p.actors.map((a) => canonName(a.name));
    if (focal.size > 0) {
      nf++;
      if (names.length > 0 && focal.has(names[0] as string)) f1++;
      if (names.slice(0, 2).some((n) => focal.has(n))) f2++;
    }
    shown += names.length;
    tp += names.filter((n) => gact.has(n)).length;
    goldN += gact.size;
    found += [...new Set(names)].filter((n) => gact.has(n)).length;
    const nots = new Set((g.not_actors ?? []).map(canonName).filter((n) => !gact.has(n)));
    if (nots.size > 0) {
      ffN++;
      if (names.some((n) => nots.has(n))) ffArt++;
    }
    if (gact.size === 0) {
      quietN++;
      if (names.length === 0) quiet++;
    }
    for (const a of p.actors) {
      const ga = gact.get(canonName(a.name));
      if (!ga) continue;
      const good = (a.stake ?? []).slice(0, 3).map((q) => (ga.evidence ?? []).some((e) => sameSentence(q, e)));
      evOk += good.filter(Boolean).length;
      evN += good.length;
      evCards++;
      if (good[0]) evHit++;
    }
  }
  const sorted = [...ms].sort((a, b) => a - b);
  return {
    articles: gold.length,
    missing,
    'focal@1': round3(f1, nf),
    'focal@2': round3(f2, nf),
    actor_P: round3(tp, shown),
    actor_R: round3(found, goldN),
    false_friend: round3(ffArt, ffN),
    quiet: round3(quiet, quietN),
    'evidence_P@3': round3(evOk, evN),
    'evidence_hit@1': round3(evHit, evCards),
    ms_p50: sorted.length > 0 ? (sorted[Math.floor(sorted.length / 2)] as number) : null,
    n_focal: nf,
    n_false_friend: ffN,
    n_quiet: quietN,
  };
}
