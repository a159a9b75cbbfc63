/**
 * The gazetteer: every name Sidelight recognises for a country, bloc, organisation or armed group, and the people
 * tied to them. Built from the world-countries dataset (names, official names, demonyms, capitals, other
 * spellings; ODbL), the project's metonyms and organisations, and its list of leaders with the reader's
 * corrections applied. Exact lookups go through a first-word table; Fuse.js catches spelling variants of the
 * gazetteer's own names (never searching texts).
 */
import countriesData from './data/countries.json';
import namesAbroad from './data/country-names.json';
import type { CompactCountry } from './data/compact-countries';
import { LEADERS, LEADERS_AS_OF, type LeaderEntry } from './data/leaders';
import { AMBIGUOUS_ALIASES, DISCOURSE_ALIASES, METONYMS, NOT_ACTORS, STATE_AGENCIES } from './data/metonyms';
import { ORGANISATIONS, type ActorKind } from './data/organisations';
import type { Mention } from './mentions';
import { FUZZY_NAME_LENGTH_SLACK, FuzzyNames } from '../text/fuzzy-names';
import { contextTokens, foldKey } from './text';

export type { ActorKind } from './data/organisations';

/** An actor Sidelight can name. */
export interface ActorInfo {
  /** Alpha-3 code for a country ("CHN"), "org:NAME" for others. */
  id: string;
  /** The name shown ("China", "Philippines", "NATO"). */
  name: string;
  kind: ActorKind;
  /** World region and subregion, for countries ("Asia", "South-Eastern Asia"). */
  region: string | null;
  subregion: string | null;
}

/** How a name refers to its actor ('agency': a state agency such as NASA, which shows the state but never makes it salient). */
export type AliasKind = 'name' | 'demonym' | 'place' | 'person' | 'agency' | 'not-actor';

/** One name in the gazetteer. */
export interface AliasEntry {
  /** Folded words of the name. */
  keys: string[];
  /** The actor meant, or null for phrases that only look like one ("South China Sea"). */
  actor: string | null;
  /** Matches only text written in capitals (acronyms). */
  strict: boolean;
  kind: AliasKind;
  /** The person, for names of people. */
  person: { name: string; role: string } | null;
  /** A name that is also someone's or something else's ("Jordan"): it counts only beside an unambiguous one. */
  ambiguous?: boolean;
}

/** A reader's correction to the leaders list: a new or changed entry, or (actor null) a person to forget. */
export interface PersonCorrection {
  name: string;
  /** Actor id, or null to untie a built-in entry of that name. */
  actor: string | null;
  role: string;
}

const COUNTRIES = countriesData as CompactCountry[];
const NAMES_ABROAD = namesAbroad as Record<string, string[]>;
const CJK_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** Seats and voices of government as Chinese and Japanese news name them (the dataset has no capitals there). */
const CJK_METONYMS: Readonly<Record<string, string>> = {
  北京: 'CHN',
  中方: 'CHN',
  中共: 'CHN',
  华盛顿: 'USA',
  白宫: 'USA',
  美方: 'USA',
  美国政府: 'USA',
  莫斯科: 'RUS',
  克里姆林宫: 'RUS',
  俄方: 'RUS',
  东京: 'JPN',
  日方: 'JPN',
  首尔: 'KOR',
  韩方: 'KOR',
  平壤: 'PRK',
  朝方: 'PRK',
  伦敦: 'GBR',
  英方: 'GBR',
  巴黎: 'FRA',
  法方: 'FRA',
  柏林: 'DEU',
  德方: 'DEU',
  基辅: 'UKR',
  德黑兰: 'IRN',
  ワシントン: 'USA',
  ホワイトハウス: 'USA',
  北京政府: 'CHN',
  モスクワ: 'RUS',
  ソウル: 'KOR',
  米国: 'USA',
  米政府: 'USA',
  中国政府: 'CHN',
  韓国政府: 'KOR',
  日本政府: 'JPN',
  欧盟: 'org:EU',
  联合国: 'org:UN',
  北约: 'org:NATO',
  国連: 'org:UN',
};
/** Words before a CJK name that make it a place ("在法国", "于美国", "赴日本"). */
const CJK_LOCATIVE_RE = /(?:在|于|於|赴|到|至|往|自|从|來自|来自|位于|で|に)$/u;
/** Words after a CJK name that make it the state speaking or acting through its people. */
const CJK_OFFICIAL_RE =
  /^(?:政府|外交部|官员|官方|方面|总统|總統|首相|总理|国防部|军方|军队|军|领导人|当局|大使|外相|政権|当局者|经济)|^[^，。、；：！？“”「」（）()]{0,6}?(?:政府|外交部|国防部|宇航局|管理局|大使馆|当局|总统|首相|总理|领导人|官员)/u;
/** A CJK name followed, within a few characters, by a university, company, bank, team or site is part of that name. */
const CJK_NAME_PART_RE =
  /^[^，。、；：！？“”「」（）()]{0,6}?(?:大学|大學|学院|學院|公司|银行|銀行|集团|集團|电视台|研究所|酿酒商|俱乐部|队|隊|网|網|新闻|ニュース|大学校|銀行)/u;
const CJK_SAYS_RE = /^(?:表示|称|說|说|宣布|认为|要求|希望|警告|指责|反对|决定|正在|将|已经|は|が)/u;
const AMBIGUOUS = new Set(AMBIGUOUS_ALIASES);
const DISCOURSE = new Set(DISCOURSE_ALIASES);
/** Shorter runs of capitalised words are too many to look up fuzzily, and too easily someone else's name. */
const FUZZY_MIN_LENGTH = 8;

const NAME_METONYMS = new Set([
  'US',
  'U.S.',
  'U.S.A.',
  'America',
  'United States',
  'Britain',
  'U.K.',
  'PRC',
  'Turkey',
  'Holland',
]);
const DEMONYM_METONYMS = new Set([
  'Philippine',
  'Filipinos',
  'Emirati',
  'Saudis',
  'Israelis',
  'Palestinians',
  'Ukrainians',
  'Russians',
  'Americans',
  'Iranians',
  'Chinese',
]);

/**
 * State agencies show their state in a sentence (evidence of its stake) but add nothing to its salience: a science
 * story about NASA's probes is not the United States' stake.
 */
const AGENCY_METONYMS = new Set(STATE_AGENCIES);

/** How a metonym names its actor: a country's own name, its people's, an agency's, or a seat of government ("Beijing"). */
function metonymKind(alias: string): AliasKind {
  if (AGENCY_METONYMS.has(alias)) return 'agency';
  return NAME_METONYMS.has(alias) ? 'name' : DEMONYM_METONYMS.has(alias) ? 'demonym' : 'place';
}

/** Folded words of a name, as text tokens would give them. */
export function aliasKeys(alias: string): string[] {
  return contextTokens(alias).map((t) => t.key);
}

const isStrict = (alias: string): boolean => {
  const letters = alias.replace(/[.\s+-]/g, '');
  return letters.length <= 6 && /\p{L}/u.test(letters) && !/\p{Ll}/u.test(letters);
};

/** Everything Sidelight recognises, with fast lookups. Build once and reuse: it is immutable. */
export class Gazetteer {
  readonly actors = new Map<string, ActorInfo>();
  /** Aliases by their first folded word, longest first. */
  readonly byFirstWord = new Map<string, AliasEntry[]>();
  /** The date of the built-in leaders list. */
  readonly leadersAsOf = LEADERS_AS_OF;
  /** People's names for the fuzzy lookup, keyed as folded words joined by spaces. */
  private readonly fuzzyNames = new FuzzyNames<AliasEntry>((e) => e.keys.join(' '));
  private readonly fuzzyCache = new Map<string, AliasEntry | null>();
  private readonly byName = new Map<string, string>();
  /** Chinese and Japanese names (no spaces between words there), longest first, as one alternation. */
  private readonly cjkNames = new Map<string, string>();
  private cjkRe: RegExp | null = null;

  constructor(corrections: readonly PersonCorrection[] = []) {
    const derived = new Map<string, Set<string>>();
    const explicit = new Map<string, { actor: string | null; kind: AliasKind; person: AliasEntry['person'] }>();
    const discourse = new Map<string, Set<string>>();
    const addDerived = (alias: string, actor: string) => {
      if (DISCOURSE.has(alias)) discourse.set(alias, (discourse.get(alias) ?? new Set<string>()).add(actor));
      if (AMBIGUOUS.has(alias)) return;
      const set = derived.get(alias) ?? new Set<string>();
      set.add(actor);
      derived.set(alias, set);
    };
    const kindOf = new Map<string, AliasKind>();
    const addAll = (names: readonly string[], actor: string, kind: AliasKind) => {
      for (const name of names) {
        addDerived(name, actor);
        kindOf.set(name, kind);
      }
    };

    for (const c of COUNTRIES) {
      this.actors.set(c.id, { id: c.id, name: c.name, kind: 'country', region: c.region, subregion: c.subregion });
      addAll([c.name, c.official, ...c.alt], c.id, 'name');
      // "Indians", "Pakistanis", "Afghans": the people, as news names them in the plural.
      addAll([...c.demonyms, ...c.demonyms.filter((d) => /[nia]$/u.test(d)).map((d) => `${d}s`)], c.id, 'demonym');
      addAll(c.capitals, c.id, 'place');
      const abroad = NAMES_ABROAD[c.id] ?? [];
      for (const n of abroad) if (CJK_RE.test(n)) this.cjkNames.set(n, c.id);
      addAll(
        abroad.filter((n) => !CJK_RE.test(n) && !kindOf.has(n)),
        c.id,
        'name',
      );
      this.byName.set(foldKey(c.cca2), c.id);
      this.byName.set(foldKey(c.id), c.id);
    }
    for (const o of ORGANISATIONS) {
      this.actors.set(o.id, { id: o.id, name: o.name, kind: o.kind, region: null, subregion: null });
      for (const alias of [o.name, ...o.aliases]) explicit.set(alias, { actor: o.id, kind: 'name', person: null });
    }
    for (const [alias, actor] of Object.entries(METONYMS))
      explicit.set(alias, { actor, kind: metonymKind(alias), person: null });
    for (const phrase of NOT_ACTORS) explicit.set(phrase, { actor: null, kind: 'not-actor', person: null });
    for (const person of applyCorrections(LEADERS, corrections)) {
      if (!this.actors.has(person.actor)) continue;
      for (const alias of [person.name, ...person.aliases]) {
        explicit.set(alias, { actor: person.actor, kind: 'person', person: { name: person.name, role: person.role } });
      }
    }

    const entries: AliasEntry[] = [];
    for (const [alias, actors] of derived) {
      if (explicit.has(alias) || actors.size !== 1) continue;
      const [actor] = actors;
      entries.push(this.entry(alias, actor ?? null, kindOf.get(alias) ?? 'name', null));
    }
    for (const [alias, e] of explicit) entries.push(this.entry(alias, e.actor, e.kind, e.person));
    for (const [alias, actors] of discourse) {
      const [actor] = actors;
      if (explicit.has(alias) || actors.size !== 1 || !actor) continue;
      entries.push({ ...this.entry(alias, actor, kindOf.get(alias) ?? 'name', null), ambiguous: true });
    }
    for (const e of entries) {
      const first = e.keys[0];
      if (first === undefined) continue;
      const list = this.byFirstWord.get(first) ?? [];
      list.push(e);
      this.byFirstWord.set(first, list);
    }
    for (const list of this.byFirstWord.values()) list.sort((a, b) => b.keys.length - a.keys.length);
    for (const [id, actor] of this.actors) this.byName.set(foldKey(actor.name), id);
    for (const e of entries) if (e.actor && e.kind === 'name') this.byName.set(e.keys.join(' '), e.actor);

    for (const [n, actor] of Object.entries(CJK_METONYMS)) this.cjkNames.set(n, actor);
    if (this.cjkNames.size > 0) {
      const alternation = [...this.cjkNames.keys()].sort((a, b) => b.length - a.length).join('|');
      this.cjkRe = new RegExp(alternation, 'gu');
    }

    // Fuzzy vocabulary: people's names only. Their spellings vary ("Zelenskyy", "Zelenskiy"); country names do not,
    // and fuzzy country names find look-alike places ("Palawan" is not "Palauan").
    for (const e of entries) {
      if (
        e.actor !== null &&
        e.kind === 'person' &&
        e.keys.join(' ').length >= FUZZY_MIN_LENGTH - FUZZY_NAME_LENGTH_SLACK
      )
        this.fuzzyNames.add(e);
    }
  }

  private entry(alias: string, actor: string | null, kind: AliasKind, person: AliasEntry['person']): AliasEntry {
    return { keys: aliasKeys(alias), actor, strict: isStrict(alias), kind, person };
  }

  /**
   * Actors named in Chinese or Japanese in `sentence`, each with its role read from the characters around it
   * ("在法国" is a place; "美国政府", "外交部" after a name is the state itself). Empty for text without such script.
   */
  cjkMentions(sentence: string): Mention[] {
    if (!this.cjkRe || !CJK_RE.test(sentence)) return [];
    const out: Mention[] = [];
    for (const m of sentence.matchAll(this.cjkRe)) {
      const actor = this.cjkNames.get(m[0]);
      if (!actor) continue;
      const before = sentence.slice(Math.max(0, m.index - 3), m.index);
      const after = sentence.slice(m.index + m[0].length, m.index + m[0].length + 4);
      const longAfter = sentence.slice(m.index + m[0].length, m.index + m[0].length + 12);
      if (!CJK_OFFICIAL_RE.test(longAfter) && CJK_NAME_PART_RE.test(longAfter)) continue;
      const role = CJK_LOCATIVE_RE.test(before)
        ? 'location'
        : CJK_OFFICIAL_RE.test(longAfter)
          ? 'official'
          : CJK_SAYS_RE.test(after)
            ? 'agent'
            : 'mention';
      out.push({ actor, surface: m[0], kind: 'name', start: m.index, end: m.index + m[0].length, person: null, role });
    }
    return out;
  }

  /**
   * The gazetteer name closest to a capitalised phrase that had no exact match ("Zelenskyi", "Netanyahou"), or
   * null. Only people's names are looked up this way, through the one shared fuzzy matcher
   * (`utils/text/fuzzy-names.ts`). Answers are remembered: the vocabulary of news is small.
   */
  fuzzy(phrase: string): AliasEntry | null {
    const cached = this.fuzzyCache.get(phrase);
    if (cached !== undefined) return cached;
    const found = phrase.length >= FUZZY_MIN_LENGTH ? (this.fuzzyNames.closest(phrase, 1)[0]?.value ?? null) : null;
    if (this.fuzzyCache.size > 20_000) this.fuzzyCache.clear();
    this.fuzzyCache.set(phrase, found);
    return found;
  }

  /**
   * The actor id for a name, code or id as outlet facts or settings may give it ("China", "CN", "CHN",
   * "The Netherlands", "org:NATO", "NATO"), or null when it names none.
   */
  resolve(nameOrCode: string): string | null {
    const trimmed = nameOrCode.trim();
    if (this.actors.has(trimmed)) return trimmed;
    const key = aliasKeys(trimmed.replace(/^the\s+/i, '')).join(' ');
    if (key.length === 0) return null;
    const named = this.byName.get(key);
    if (named) return named;
    const entry = this.byFirstWord.get(key.split(' ')[0] ?? '')?.find((e) => e.keys.join(' ') === key);
    return entry?.actor ?? null;
  }

  /** Actor info by id. */
  actor(id: string): ActorInfo | undefined {
    return this.actors.get(id);
  }

  /** The entry for exactly this name ("Pyongyang", "North Korean", "Kim Jong Un"), or null when it is none. */
  lookup(name: string): AliasEntry | null {
    const keys = aliasKeys(name.trim().replace(/^the\s+/i, ''));
    const key = keys.join(' ');
    return this.byFirstWord.get(keys[0] ?? '')?.find((e) => e.keys.join(' ') === key) ?? null;
  }

  /** Every name the gazetteer has for an actor (its names, demonyms, capital, metonyms and people). */
  namesOf(actor: string): readonly AliasEntry[] {
    if (this.byActor === null) {
      const byActor = new Map<string, AliasEntry[]>();
      for (const list of this.byFirstWord.values())
        for (const e of list) {
          if (e.actor === null) continue;
          const names = byActor.get(e.actor);
          if (names) names.push(e);
          else byActor.set(e.actor, [e]);
        }
      this.byActor = byActor;
    }
    return this.byActor.get(actor) ?? [];
  }

  /** {@link namesOf}'s table, built on first use (only the matcher asks). */
  private byActor: Map<string, AliasEntry[]> | null = null;
}

/** The built-in people list with the reader's corrections applied (same name, folded, replaces). */
export function applyCorrections(
  builtIn: readonly LeaderEntry[],
  corrections: readonly PersonCorrection[],
): LeaderEntry[] {
  const byName = new Map<string, LeaderEntry | null>();
  for (const p of builtIn) byName.set(foldKey(p.name), p);
  for (const c of corrections) {
    const key = foldKey(c.name.trim());
    if (key.length === 0) continue;
    const old = byName.get(key);
    byName.set(
      key,
      c.actor === null
        ? null
        : { name: c.name.trim(), aliases: old?.aliases ?? [], actor: c.actor, role: c.role.trim() },
    );
  }
  return [...byName.values()].filter((p): p is LeaderEntry => p !== null);
}

let shared: { key: string; gazetteer: Gazetteer } | null = null;

/** A gazetteer for these corrections, reused while they stay the same (building one takes a few milliseconds). */
export function gazetteerFor(corrections: readonly PersonCorrection[] = []): Gazetteer {
  const key = JSON.stringify(corrections);
  if (shared?.key !== key) shared = { key, gazetteer: new Gazetteer(corrections) };
  return shared.gazetteer;
}
