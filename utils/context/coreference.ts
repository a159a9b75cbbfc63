/**
 * A small, explained coreference for the article's sentences: who "the government", "the country" and "the
 * nation" are, and whose official a person named by office is. Two rules, both read from the article alone:
 *
 * 1. **Officials by office.** "Tunisian Prime Minister Habib Essid", "Zimbabwe President Robert Mugabe" and
 *    "Habib Essid, Tunisia's prime minister" tie the person to the country; later "Essid declared" or
 *    "Mr Mugabe" is that country speaking or acting through its official.
 * 2. **State nouns.** "the government", "the country", "the nation", "the authorities", "the regime", "the
 *    ministry" (with at most one qualifier: "the federal government") name the country most recently named
 *    before them — earlier in the sentence, else in the paragraph's earlier sentences (`ANTECEDENT_WINDOW`) —
 *    and, with none there, the country the headline names first, else the one the article gives the largest part
 *    (its mentions' role weights: a country named twice as a place or a model is not "the Government" of a story
 *    whose own officials speak). "the Government", "the Administration" and "the Cabinet" may be capitalised.
 *
 * What a reference does in its sentence is read as for a name (`mentionRole`). References are kept apart from
 * the sentence's mentions: they make a sentence evidence of an actor's stake, but do not make an actor salient
 * or give it a card.
 */
import type { Doc, Sentence } from './corpus';
import type { Gazetteer } from './gazetteer';
import type { ContextLanguage } from './page-kind';
import type { Mention } from './mentions';
import { mentionRole, ROLE_WEIGHT, type MentionRole } from './roles';
import type { ContextToken } from './text';

/** Earlier sentences of the same paragraph searched for the country a state noun refers to. */
const ANTECEDENT_WINDOW = 3;
/** The shortest surname tied to an office (shorter ones are initials or particles). */
const MIN_SURNAME_CHARS = 3;
/** Words of an office between a country and a person's name ("Prime Minister", "Foreign Affairs Minister"). */
const MAX_OFFICE_WORDS = 5;
/** Capitalised words of a person's name after an office. */
const MAX_NAME_WORDS = 3;

/** Words that make up an office held for a state. */
const OFFICE_WORDS = new Set(
  `president prime minister premier chancellor king queen emir sheikh prince crown foreign defense defence interior
  finance trade economy justice home affairs secretary ambassador envoy spokesman spokeswoman spokesperson general
  gen admiral commander chief chiefs army navy military deputy vice director attorney prosecutor public prosecution
  leader opposition supreme state of the for to un special national security adviser advisor`
    .split(/\s+/u)
    .filter((w) => w.length > 0),
);
/** Offices proper: an office needs one of these, not only qualifiers like "deputy" or "foreign". */
const OFFICE_HEADS = new Set(
  `president minister premier chancellor king queen emir sheikh prince secretary ambassador envoy spokesman
  spokeswoman spokesperson general gen admiral commander chief director prosecutor leader adviser advisor`
    .split(/\s+/u)
    .filter((w) => w.length > 0),
);

/**
 * The same in the other languages read, where only the noun is matched and its role is a plain mention:
 * "le gouvernement", "l'État", "el Gobierno", "die Bundesregierung", "o governo", "il governo", "政府".
 */
const STATE_NOUN_ABROAD: Readonly<Partial<Record<ContextLanguage, RegExp>>> = {
  fr: /\b(?:[Ll]e |[Ll]es |[Ll]['’]|[Dd]u |[Aa]u |[Dd]es |[Aa]ux )(gouvernement|[ÉéEe]tat|pays|autorités|exécutif)\b/gu,
  es: /\b(?:[Ee]l |[Ll]as |[Aa]l |[Dd]el )(gobierno|Gobierno|Estado|país|autoridades|Ejecutivo)\b/gu,
  pt: /\b(?:[Oo] |[Aa]s |[Dd]o |[Aa]o |[Nn]o )(governo|Governo|Estado|país|autoridades)\b/gu,
  it: /\b(?:[Ii]l |[Ll]o |[Ll]e |[Ll]['’]|[Dd]el |[Dd]ello |[Aa]l |[Nn]el )(governo|Governo|Stato|paese|Paese|autorità|esecutivo)\b/gu,
  de: /\b(?:[Dd]ie |[Dd]as |[Dd]er |[Dd]en |[Dd]em |[Dd]es )(Regierung|Bundesregierung|Land|Behörden|Staat)\b/gu,
  zh: /政府/gu,
  ja: /政府/gu,
};

/**
 * "the government", "the federal government", "the country's": a state named by what it is; "the Government" too,
 * but not as the start of a longer name ("the Government Accountability Office").
 */
const STATE_NOUN_RE =
  /\b(?:the|The)\s+(?:(?:federal|central|national|new|interim|transitional|military|current|ruling)\s+)?(government|country|nation|authorities|regime|administration|ministry|cabinet|(?:Government|Administration|Cabinet)(?!\s+\p{Lu}))\b(?![- ](?:wide|level)\b)/gu;

/**
 * "the agency", "the fund", "the alliance", "the bloc": an organisation, bloc or armed group named by what it is.
 * Each noun names only actors of its kinds; the ones marked `fallback` may also name the headline's.
 */
const ORG_NOUN_RE =
  /\b(?:the|The)\s+(agency|fund|organi[sz]ation|watchdog|alliance|bloc|commission|union|court|council|group|militants|movement)\b(?![- ](?:wide|level)\b)/gu;
const ORG_NOUN_KINDS: Readonly<Record<string, { kinds: readonly string[]; fallback: boolean }>> = {
  agency: { kinds: ['organisation'], fallback: true },
  fund: { kinds: ['organisation'], fallback: true },
  organisation: { kinds: ['organisation'], fallback: true },
  organization: { kinds: ['organisation'], fallback: true },
  watchdog: { kinds: ['organisation'], fallback: true },
  court: { kinds: ['organisation'], fallback: false },
  alliance: { kinds: ['bloc'], fallback: true },
  bloc: { kinds: ['bloc'], fallback: true },
  commission: { kinds: ['bloc'], fallback: false },
  union: { kinds: ['bloc'], fallback: false },
  council: { kinds: ['bloc', 'organisation'], fallback: false },
  group: { kinds: ['group'], fallback: false },
  militants: { kinds: ['group'], fallback: false },
  movement: { kinds: ['group'], fallback: false },
};

/** Words after a state noun that show it is not the subject of a verb there. */
const NOT_VERB = new Set(
  `of in on at to for with from by as and or but that which who whom whose than into over under about after before
  since while if so as a an the its their this these those`
    .split(/\s+/u)
    .filter((w) => w.length > 0),
);
/** Auxiliaries after a subject. */
const AUX = new Set(
  `is was are were will would could can may might must should shall has have had does did do cannot`.split(/\s+/u),
);
/** Words before a state noun that place something in the country. */
const PLACE_BEFORE = new Set(['in', 'across', 'throughout', 'around', 'inside', 'within', 'into', 'to', 'from']);
/** Words before a state noun that make it the object of an act or a concern. */
const OBJECT_BEFORE = new Set(['against', 'on', 'for', 'with', 'toward', 'towards', 'upon', 'by', 'pressure']);

/**
 * What a state noun does in its sentence: "the government said" acts, "the country's economy" is its own, "on the
 * government" is acted on, "across the country" is a place.
 */
function stateNounRole(sentence: Sentence, k: number): MentionRole {
  const noun = sentence.tokens[k] as ContextToken;
  const next = sentence.tokens[k + 1];
  const article = sentence.tokens[k - 1];
  const before = sentence.tokens[article?.key === 'the' ? k - 2 : k - 3];
  // "the country's economy" is its own; "a violation of the bloc's rule" is another's act touching it.
  if (/['’]s?$/u.test(sentence.text.slice(noun.start, noun.end)))
    return before && (before.key === 'of' || OBJECT_BEFORE.has(before.key) || /ed$/u.test(before.key))
      ? 'affected'
      : 'official';
  if (before && PLACE_BEFORE.has(before.key)) return 'location';
  if (before && (OBJECT_BEFORE.has(before.key) || /ed$/u.test(before.key))) return 'affected';
  const gap = next ? sentence.text.slice(noun.end, next.start) : '';
  if (next && !next.cap && /^\s+$/u.test(gap) && !NOT_VERB.has(next.key)) {
    // "the government said", "the nation will", "the authorities continue"; not "the government team".
    const verbLike = (w: string) => AUX.has(w) || /(?:ed|s)$/u.test(w);
    const after = /ly$/u.test(next.key) ? (sentence.tokens[k + 2]?.key ?? '') : next.key;
    if (verbLike(after) || (/s$/u.test(noun.key) && !/^\p{Lu}/u.test(after))) return 'agent';
  }
  return 'mention';
}

/** Letters a country's adjective shares with its name in the languages read ("français" — "France"). */
const ADJECTIVE_STEM = 5;
const stemsByGazetteer = new WeakMap<Gazetteer, Map<string, string | null>>();

/**
 * The country an adjective after a noun names in French, Spanish, Portuguese, Italian or German ("françaises",
 * "argentino", "italiano"), by the first letters it shares with exactly one country's one-word name; else null.
 */
function countryOfAdjective(gazetteer: Gazetteer, key: string): string | null {
  let stems = stemsByGazetteer.get(gazetteer);
  if (!stems) {
    stems = new Map();
    for (const [first, entries] of gazetteer.byFirstWord) {
      if (first.length < ADJECTIVE_STEM) continue;
      for (const e of entries) {
        if (e.keys.length !== 1 || e.kind === 'person' || !e.actor || gazetteer.actor(e.actor)?.kind !== 'country')
          continue;
        const stem = first.slice(0, ADJECTIVE_STEM);
        const seen = stems.get(stem);
        stems.set(stem, seen === undefined || seen === e.actor ? e.actor : null);
      }
    }
    stemsByGazetteer.set(gazetteer, stems);
  }
  return key.length >= ADJECTIVE_STEM ? (stems.get(key.slice(0, ADJECTIVE_STEM)) ?? null) : null;
}

/** The token spans of a sentence's mentions. */
function coveredTokens(sentence: Sentence): Set<number> {
  const covered = new Set<number>();
  sentence.tokens.forEach((t, i) => {
    if (sentence.mentions.some((m) => t.start >= m.start && t.end <= m.end)) covered.add(i);
  });
  return covered;
}

/** A reference, shaped as a mention of its actor. */
function reference(
  sentence: Sentence,
  covered: ReadonlySet<number>,
  actor: string,
  from: number,
  to: number,
  kind: 'person' | 'name',
): Mention | null {
  const tokens = sentence.tokens;
  const first = tokens[from] as ContextToken;
  const last = tokens[to - 1] as ContextToken;
  const role = mentionRole(sentence.text, tokens, { from, to, kind }, covered, false);
  if (role === null) return null;
  return {
    actor,
    surface: sentence.text.slice(first.start, last.end),
    kind,
    start: first.start,
    end: last.end,
    person: null,
    role,
  };
}

/** People tied to a country by their office in the article: surname (folded) → actor. */
function officialsOf(doc: Doc, isCountry: (actor: string) => boolean): Map<string, string> {
  const out = new Map<string, string>();
  const tie = (name: readonly ContextToken[], actor: string) => {
    const surname = name[name.length - 1];
    if (surname && surname.key.length >= MIN_SURNAME_CHARS && !out.has(surname.key)) out.set(surname.key, actor);
  };
  for (const s of doc.sentences) {
    if (s.place === 'title') continue;
    const covered = coveredTokens(s);
    for (const m of s.mentions) {
      // The country's own office ("Tunisian Prime Minister", "Zimbabwe President"), not a topic ("Russia adviser").
      if (m.kind === 'person' || m.role !== 'official' || !isCountry(m.actor)) continue;
      const at = s.tokens.findIndex((t) => t.start >= m.end);
      if (at < 0) continue;
      // "Tunisian Prime Minister Habib Essid": office words, then the person's capitalised name.
      let k = at;
      let head = false;
      while (k < s.tokens.length && k - at < MAX_OFFICE_WORDS && OFFICE_WORDS.has((s.tokens[k] as ContextToken).key)) {
        head ||= OFFICE_HEADS.has((s.tokens[k] as ContextToken).key);
        k++;
      }
      if (head) {
        const name: ContextToken[] = [];
        while (k < s.tokens.length && name.length < MAX_NAME_WORDS) {
          const t = s.tokens[k] as ContextToken;
          const gap = s.text.slice((s.tokens[k - 1] as ContextToken).end, t.start);
          if (!t.cap || covered.has(k) || OFFICE_WORDS.has(t.key) || !/^\s+$/u.test(gap)) break;
          name.push(t);
          k++;
        }
        // The whole name, not the start of a longer one.
        if (name.length >= 2 && !s.tokens[k]?.cap) tie(name, m.actor);
      }
      // "Habib Essid, Tunisia's prime minister" or "…, the Tunisian prime minister": the name before the comma.
      const from = s.tokens.findIndex((t) => t.end > m.start);
      const before = s.text.slice(0, m.start);
      if (from > 0 && /\p{L},\s+(?:the\s+)?$/u.test(before) && head) {
        const name: ContextToken[] = [];
        let j = before.trimEnd().endsWith('the') ? from - 2 : from - 1;
        while (j >= 0 && name.length < MAX_NAME_WORDS && (s.tokens[j] as ContextToken).cap && !covered.has(j)) {
          name.unshift(s.tokens[j] as ContextToken);
          j--;
        }
        if (name.length >= 2 && !OFFICE_WORDS.has((name[0] as ContextToken).key)) tie(name, m.actor);
      }
    }
  }
  return out;
}

/** The country a state noun at `at` refers to: the last named before it in the sentence, else the paragraph. */
function antecedent(
  doc: Doc,
  index: number,
  at: number,
  isCountry: (actor: string) => boolean,
  fallback: string | null,
): string | null {
  const s = doc.sentences[index] as Sentence;
  const here = s.mentions.filter((m) => m.end <= at && isCountry(m.actor)).pop();
  if (here) return here.actor;
  for (let i = index - 1; i >= Math.max(0, index - ANTECEDENT_WINDOW); i--) {
    const prev = doc.sentences[i] as Sentence;
    if (prev.paragraph !== s.paragraph || prev.place === 'title') break;
    const last = [...prev.mentions, ...prev.refs].filter((m) => isCountry(m.actor)).sort((a, b) => b.end - a.end)[0];
    if (last) return last.actor;
  }
  return fallback;
}

/**
 * Fills each article sentence's `refs`: the references to country actors that name them by office or by what
 * they are, with their roles. Sentences already naming the actor get no reference to it.
 */
export function resolveReferences(doc: Doc, gazetteer: Gazetteer): void {
  const lang = doc.lang === undefined ? 'en' : doc.lang;
  if (lang === null) return;
  const english = lang === 'en';
  const nounRe = english ? STATE_NOUN_RE : STATE_NOUN_ABROAD[lang];
  const isCountry = (actor: string) => gazetteer.actor(actor)?.kind === 'country';
  const officials = officialsOf(doc, isCountry);
  const title = doc.sentences.find((s) => s.place === 'title');
  // With no country named in the paragraph before it, a state noun is the headline's country, else the one the
  // article gives the largest part.
  const part = new Map<string, number>();
  for (const x of doc.sentences)
    for (const m of x.mentions)
      if (isCountry(m.actor)) part.set(m.actor, (part.get(m.actor) ?? 0) + ROLE_WEIGHT[m.role]);
  const mostNamed = [...part].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  const fallback = title?.mentions.find((m) => isCountry(m.actor) && m.role !== 'location')?.actor ?? mostNamed;
  doc.sentences.forEach((s, index) => {
    if (s.place === 'title') return;
    const covered = coveredTokens(s);
    const refs: Mention[] = [];
    const add = (ref: Mention | null) => {
      if (ref && !s.actors.has(ref.actor)) refs.push(ref);
    };
    if (english && officials.size > 0) {
      s.tokens.forEach((t, k) => {
        const actor = officials.get(t.key);
        if (!actor || !t.cap || covered.has(k)) return;
        // "Mr Mugabe", "Essid declared", "Habib Essid".
        add(reference(s, covered, actor, k, k + 1, 'person'));
      });
    }
    for (const m of nounRe ? s.text.matchAll(nounRe) : []) {
      // "美国政府", "the U.S. government": already a mention of its country.
      if (s.mentions.some((x) => x.start < m.index + m[0].length && x.end > m.index)) continue;
      const actor = antecedent(doc, index, m.index, isCountry, fallback);
      if (!actor) continue;
      if (!english) {
        // "les autorités françaises", "el Estado argentino": an adjective after the noun names the country.
        const next = s.tokens.find((t) => t.start > m.index + m[0].length);
        const own = next && next.start - (m.index + m[0].length) <= 1 ? countryOfAdjective(gazetteer, next.key) : null;
        const end = own && next ? next.end : m.index + m[0].length;
        add({
          actor: own ?? actor,
          surface: s.text.slice(m.index, end),
          kind: 'name',
          start: m.index,
          end,
          person: null,
          role: 'mention',
        });
        continue;
      }
      const nounStart = m.index + m[0].length - (m[1] ?? '').length;
      const k = s.tokens.findIndex((t) => t.start === nounStart);
      if (k < 0) continue;
      const noun = s.tokens[k] as ContextToken;
      add({
        actor,
        surface: s.text.slice(m.index, noun.end).replace(/['’]s?$/u, ''),
        kind: 'name',
        start: m.index,
        end: noun.end,
        person: null,
        role: stateNounRole(s, k),
      });
    }
    if (english) for (const ref of organisationRefs(doc, index, gazetteer)) add(ref);
    s.refs = refs.sort((a, b) => a.start - b.start);
  });
}

/**
 * "the agency said", "the alliance's members": references to the organisation, bloc or armed group of the noun's
 * kind named last before them (in the sentence, else the paragraph), else, for the nouns that allow it, the
 * headline's.
 */
function organisationRefs(doc: Doc, index: number, gazetteer: Gazetteer): Mention[] {
  const s = doc.sentences[index] as Sentence;
  const out: Mention[] = [];
  for (const m of s.text.matchAll(ORG_NOUN_RE)) {
    const noun = (m[1] ?? '').toLowerCase();
    const spec = ORG_NOUN_KINDS[noun];
    if (!spec || s.mentions.some((x) => x.start < m.index + m[0].length && x.end > m.index)) continue;
    const ofKind = (actor: string) => spec.kinds.includes(gazetteer.actor(actor)?.kind ?? '');
    const title = doc.sentences.find((x) => x.place === 'title');
    const fallback = spec.fallback ? (title?.mentions.find((x) => ofKind(x.actor))?.actor ?? null) : null;
    const actor = antecedent(doc, index, m.index, ofKind, fallback);
    if (!actor) continue;
    const k = s.tokens.findIndex((t) => t.start === m.index + m[0].length - noun.length);
    if (k < 0) continue;
    out.push({
      actor,
      surface: s.text.slice(m.index, (s.tokens[k] as ContextToken).end).replace(/['’]s?$/u, ''),
      kind: 'name',
      start: m.index,
      end: (s.tokens[k] as ContextToken).end,
      person: null,
      role: stateNounRole(s, k),
    });
  }
  return out;
}
