/**
 * Cue words: what a sentence says an actor does, says, wants, fears or gains, and how two actors relate. Matched
 * on folded word prefixes ("condemn" matches "condemns", "condemned"); short cues match whole words only.
 */
import type { RelationKind, StakeCue } from './types';

const STAKE_CUES: Record<StakeCue, string[]> = {
  acts: ['fire', 'fired', 'struck', 'strike', 'deploy', 'sent', 'send', 'seiz', 'block', 'expel', 'patrol', 'attack', 'launch', 'sanction', 'summon', 'blockad', 'invad', 'detain', 'ban', 'impos', 'intercept', 'withdr', 'approv', 'signed', 'escort', 'shadow', 'arrest', 'shoot', 'shot', 'bomb', 'drill', 'supplie', 'veto', 'vote', 'rammed', 'surround', 'halt', 'order', 'suspend', 'decid', 'agree', 'refus', 'allow', 'releas', 'freed', 'free', 'kill', 'captur', 'deport', 'lift', 'recogni', 'pass', 'adopt', 'legali', 'tighten', 'cut', 'raise', 'retaliat', 'negotiat', 'pressur'],
  says: ['said', 'say', 'says', 'warn', 'condemn', 'accus', 'protest', 'denounc', 'urge', 'claim', 'insist', 'reject', 'deny', 'denie', 'vow', 'pledge', 'announc', 'statement', 'express', 'told', 'spokes', 'respond', 'critici', 'dismiss', 'repeat', 'declar', 'stated', 'called', 'reiterat', 'regret', 'welcom', 'describ', 'stress', 'emphasi', 'added', 'tweet', 'wrote', 'argu', 'maintain', 'acknowledg', 'admit', 'confirm', 'slam', 'blast', 'hail', 'prais', 'oppos', 'lament', 'voiced', 'insist', 'recogni', 'decri', 'object'],
  wants: ['want', 'seek', 'sought', 'demand', 'aim', 'push', 'press', 'hope', 'plan', 'intend', 'need', 'must', 'ask', 'goal', 'ambition', 'bid', 'wish', 'determin', 'insist', 'priorit', 'will'],
  fears: ['fear', 'concern', 'worr', 'threat', 'risk', 'danger', 'alarm', 'anxi', 'vulnerab', 'pressure', 'cost', 'tension', 'escalat'],
  gains: ['gain', 'benefit', 'interest', 'resourc', 'gas', 'oil', 'trade', 'deal', 'invest', 'leverage', 'market', 'energy', 'econom', 'access', 'influence', 'control', 'territor', 'reserve', 'fish', 'profit', 'export', 'import', 'sovereign', 'zone', 'rights', 'leverage', 'belongs', 'ours'],
  security: ['security', 'border', 'military', 'defence', 'defense', 'troop', 'navy', 'naval', 'guard', 'ally', 'allie', 'alliance', 'treaty', 'nuclear', 'missile', 'weapon', 'warship', 'army', 'soldier', 'armed', 'war', 'militia'],
};

const RELATION_CUES: Record<Exclude<RelationKind, 'mentioned'>, string[]> = {
  support: ['ally', 'allie', 'alliance', 'treaty', 'support', 'backs', 'backed', 'backing', 'stood', 'stands', 'joint', 'partner', 'cooperat', 'aid', 'help', 'solidar', 'together', 'pact', 'assist', 'welcom', 'friend'],
  conflict: ['attack', 'cannon', 'fire', 'fired', 'clash', 'accus', 'condemn', 'threat', 'warn', 'sanction', 'invad', 'invasion', 'strike', 'protest', 'summon', 'dispute', 'intrud', 'expel', 'confront', 'tension', 'war', 'hostil', 'block', 'shadow', 'rival', 'against', 'incursion', 'provoc', 'retali', 'violat', 'aggress', 'harass', 'rammed', 'collision', 'sideswip', 'blame', 'contest', 'standoff', 'objection'],
  trade: ['trade', 'tariff', 'export', 'import', 'gas', 'oil', 'invest', 'economy', 'deal', 'energy', 'supply', 'market', 'loan', 'debt', 'purchase', 'business'],
  diplomacy: ['talks', 'summit', 'ambassador', 'embassy', 'met', 'meet', 'visit', 'minister', 'negotiat', 'envoy', 'diplomat', 'phone', 'spoke', 'dialogue', 'agreement', 'agree', 'relations', 'foreign'],
};

/** When two relation kinds tie, the more telling one wins. */
const RELATION_ORDER: Exclude<RelationKind, 'mentioned'>[] = ['conflict', 'support', 'trade', 'diplomacy'];

type Lexicon<K extends string> = Record<K, string[]>;

function matcher<K extends string>(lexicon: Lexicon<K>): (key: string) => K[] {
  const memo = new Map<string, K[]>();
  const entries = Object.entries(lexicon) as [K, string[]][];
  return (key) => {
    const known = memo.get(key);
    if (known) return known;
    const found: K[] = [];
    for (const [kind, cues] of entries) {
      if (cues.some((cue) => (cue.length <= 4 ? key === cue || key === `${cue}s` || key === `${cue}ed` || key === `${cue}ing` : key.startsWith(cue)))) found.push(kind);
    }
    if (memo.size > 50_000) memo.clear();
    memo.set(key, found);
    return found;
  };
}

const stakeCuesOfWord = matcher(STAKE_CUES);
const relationCuesOfWord = matcher(RELATION_CUES);

/** Stake cue categories of each word (folded keys), in word order; empty arrays for plain words. */
export function stakeCues(keys: readonly string[]): StakeCue[][] {
  return keys.map(stakeCuesOfWord);
}

/** Counts of relation cues in a sentence's words. */
export function relationCounts(keys: readonly string[]): Map<Exclude<RelationKind, 'mentioned'>, number> {
  const counts = new Map<Exclude<RelationKind, 'mentioned'>, number>();
  for (const key of keys) for (const kind of relationCuesOfWord(key)) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  return counts;
}

/** The relation kind a sentence's cue counts point to, or "mentioned" when there are none. */
export function relationKindOf(counts: ReadonlyMap<Exclude<RelationKind, 'mentioned'>, number>): RelationKind {
  let best: RelationKind = 'mentioned';
  let bestCount = 0;
  for (const kind of RELATION_ORDER) {
    const n = counts.get(kind) ?? 0;
    if (n > bestCount) [best, bestCount] = [kind, n];
  }
  return best;
}
