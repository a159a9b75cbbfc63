/**
 * What a mention of an actor does in its sentence, read from the words around it: the actor acting or speaking
 * ("Beijing warned", "was struck by Russia"), speaking through its officials ("the Chinese foreign ministry said",
 * "US troops"), being acted on ("sanctions on Iran", "what it means for China"), or merely qualifying something
 * ("a French engineer", "Greek myth"), placing something ("a conference in Tokyo", "Stuttgart, Germany"), or being
 * part of another name altogether ("Yahoo Japan", "The London West Hollywood", "Inner Mongolia", "Groupe LAPS
 * (France)"), which is no mention of the actor at all.
 */
import type { ContextToken } from './text';

/** The part a mention plays in its sentence. */
export type MentionRole = 'agent' | 'official' | 'affected' | 'mention' | 'attribute' | 'location';

/** How much each role says the actor has a stake (a mention as part of another name is dropped before). */
export const ROLE_WEIGHT: Readonly<Record<MentionRole, number>> = {
  agent: 1,
  official: 1,
  affected: 0.8,
  mention: 0.45,
  attribute: 0.15,
  location: 0.2,
};

/** Roles that show the actor itself in the story: it acts, speaks through its people, or is acted on. */
export const STRONG_ROLES: ReadonlySet<MentionRole> = new Set(['agent', 'official', 'affected']);

const set = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/).filter((w) => w.length > 0));

/** Capitalised words that can stand before a name without being part of it (sentence openers, titles). */
const OPENERS = set(`
  the a an in on at for but and or nor as with from by to of off out up when while after before since if although
  though why how what where who whom whose which this that these those both even meanwhile now today yesterday then
  so yet still also only under over against between among across despite like unlike once until during without
  within through because unless whether many most some all every each no not it he she they we i you its his her
  their our my your here there according is was are were will would did does has have had can could should may
  might must said says say tells told asked plus including inside outside about into onto upon toward towards near
  around per via amid following ahead behind beyond neither either another other such last next first former
  president prime minister premier secretary chancellor king queen ambassador general gen foreign defense defence
  vice deputy chief senator sen rep gov governor leader spokesman spokeswoman envoy officials official sheikh
  prince crown emperor supreme pro anti ex acting interim top senior fellow neighbouring neighboring rival allied
  key northern southern eastern western central breaking update exclusive analysis opinion watch live read see
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
  september october november december mr mrs ms dr why did do moreover however furthermore separately instead
  indeed thus therefore nevertheless nonetheless likewise similarly additionally besides overall finally second
  third earlier later recently currently previously initially ultimately eventually subsequently again already
`);

/** Function words: a name before one of them qualifies nothing ("Cuba and Iran", "Japan of the 1990s"). */
const FUNCTION = set(`
  and or nor but of in on at to for with from by as than that which who whom whose is was are were be been has
  have had will would could can may might must should shall do does did not also into over under about after
  before since while if so then there here this these those its their his her our your my all both each either
  neither more most less least very too just only even still yet last next earlier later ago today yesterday
  tomorrow again now soon once twice instead alone itself unless because although though when where whereas until
  despite amid without through via except including against between among across within during following
`);

/** Heads that make "<Country> …" or "<Demonym> …" the state itself (its people, bodies and offices). */
const STATE_HEADS = set(`
  president presidential prime premier minister ministers ministry foreign defense defence secretary ambassador
  ambassadors embassy consulate consul army navy naval air marines marine military armed forces force coast border
  government govt administration cabinet parliament parliamentary congress congressional senate house state
  department treasury trade commerce justice interior home central federal supreme security intelligence
  special envoy envoys representative representatives delegation delegates officials official authorities
  authority leader leaders leadership chancellor king queen emperor crown vice deputy chief chiefs general attorney
  health energy finance economy economic agriculture education transport environment customs immigration police
  troops soldiers sailors diplomats diplomat diplomatic mission permanent joint communist spokesman spokeswoman
  spokesperson council assembly court courts district election elections electoral constitution constitutional
  revolutionary guard guards regime state-run state-owned nationals citizens people public voters lawmakers
  legislators negotiators counterparts counterpart side warships warship vessels ships jets aircraft missiles
  drones forces exports exporters imports importers farmers producers markets market stocks shares currency
  economy growth interests sovereignty territory waters airspace mainland hostages prisoners victims workers
  students residents population allies ally democrats republicans conservatives labour tories opposition
  prosecutors prosecutor judges judge regulators regulator central-bank bank industry companies firms tariffs
  sanctions policy policies strategy stance position response throne monarchy royal royals prince princess nation
  country establishment navy-led coastguard agency agencies programme program
`);

/** Words before a name that make it a place, in the other languages read (French, Spanish, Portuguese, Italian, German). */
const LOCATIVE_ABROAD = set('en au aux dans à a em no na nos nas in im nel nella nei negli dal dalla da de du des del');

/** Parts of a country's land: "<Country>'s capital" or "…'s east coast" is a place, not the state's own act. */
const LAND_PARTS = set(`
  capital region regions north south east west northeast northwest southeast southwest coast coastline city cities
  streets countryside province provinces villages towns heartland interior hinterland outskirts
`);

/** Lowercase words after which a name is where something is, not who acts. */
const LOCATIVE = set(
  'in at from near into across around outside inside throughout via within over visiting to-and-from',
);

/** Words of going somewhere: "<word> to <Country>" is a destination. */
const MOTION = set(`
  flight flights trip trips travel travels travelled traveled traveling travelling fly flew flying flown return
  returned returning returns moved move moving went go going goes visit visits visited route journey tickets ticket
  holiday vacation back came come comes arrived arrives headed heading emigrated immigrated relocated relocating
  migrated fled flee fleeing sailed drove driven shipped exported extradited extradition extradite deported
  deportation repatriated transferred smuggled trafficked
`);

/** Lowercase words after which a name is acted on or concerned. */
const AFFECTING = set('against on for toward towards with to at upon onto versus vs');

/** Auxiliaries and adverbs that may stand between a subject and its verb. */
const AUX = set(`
  has have had is was are were will would could can may might must should shall did does do also not never now
  still already then just reportedly allegedly repeatedly again itself has been had been be being
`);

/** Verbs that make the word before them their subject (beyond regular "-ed" forms). */
const VERBS = set(`
  said says say told tells warned warns warn faces face faced accused accuses accuse condemned condemns denied
  denies deny rejected rejects reject wants want wanted seeks seek sought demanded demands demand fears fear feared
  hopes hope plans plan intends needs need asked asks urged urges vowed vows pledged pledges threatened threatens
  sent sends send struck strikes hit hits fired fires launched launches deployed deploys took takes take made makes
  make gave gives give won wins win lost loses lose got gets get began begins began led leads lead held holds hold
  kept keeps left leaves met meets came comes went goes saw sees knew knows thought thinks believes believed
  insists insisted announced announces agreed agrees signed signs imposed imposes raised raises cut cuts set sets
  joined joins backed backs supports supported opposed opposes blamed blames called calls claimed claims responded
  responds expressed expresses stands stood remains remained became becomes continues continued sought seeks must
  confirmed confirms reported reports released releases refused refuses allowed allows ordered orders moved moves
  remains retaliated retaliates invaded invades attacked attacks bought buys sold sells paid pays built builds
`);

/**
 * Text before a mention that ends inside the description of a quoted speaker: a closing quotation, a verb of
 * saying, the speaker's capitalised name and a comma ("…,” said Lotfi Azzouz, Tunisia country director for…").
 */
const SPEAKER_DESCRIPTION_RE =
  /[”"’]\s*,?\s*(?:said|says|told|added|wrote|explained|noted|argued|warned)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}?\p{Lu}[\p{L}'’-]+,\s+[^,;:”"“]*$/u;

/** The state's own people, who are its own wherever they are ("authorities in Mongolia"). */
const PEOPLE_OF_STATE = set('authorities officials officers diplomats troops soldiers forces police ministers');

/** Offices of a state that stay its own where a place is named ("at the Ecuadorean embassy"). */
const INSTITUTIONS = set(`
  embassy embassies consulate consulates mission ministry government parliament congress military army navy
  foreign defense defence
`);

/** People of a place, who are a city's when the place is a city ("Beijing residents"). */
const CITY_PEOPLE = set('residents population people citizens workers students voters public nationals');

/** Compass and region words that stand between a preposition and a country's name ("in western Mongolia"). */
const COMPASS = set(`
  northern southern eastern western central northeastern northwestern southeastern southwestern north south east
  west northeast northwest southeast southwest mainland rural coastal neighbouring neighboring
`);

/**
 * Nouns of an act or a word addressed to someone: "<noun> from <Country>" is the country acting ("criticism from
 * Britain", "a vote of confidence from Beijing", "pressure from Washington").
 */
const ACT_NOUNS = set(`
  criticism criticisms condemnation support backing pressure pressures warning warnings threat threats demand
  demands request requests protest protests objection objections opposition approval recognition confidence
  response reaction retaliation aid assistance help funding investment investments interference meddling
  intervention involvement invitation offer offers proposal proposals promise promises commitment commitments
  guarantee guarantees concession concessions
`);

/** Verbs of saying, after which "<Country> officials" are the speakers ("said US officials"). */
const SAYING = set('said says say told tells added adds according');

/** A headline is in title case when at least `minWords` words of `minLetters` or more are, `capShare` of them capitalised. */
const TITLE_CASE = { minLetters: 4, minWords: 3, capShare: 0.8 } as const;
/** Characters before a "<place>, <Country>" pair searched for a list's comma or "and" ("Cuba, Iran and Syria"). */
const LIST_JOIN_CHARS = 6;
/** Words after a name read for the state's heads ("foreign ministry spokesman") … */
const HEAD_WORDS = 4;
/** … and for its verb, past auxiliaries and adverbs ("has also repeatedly warned"). */
const VERB_WORDS = 4;
/**
 * Heads that make "<Country> <one word> <head>" the state too ("US border officials", "the Chinese foreign
 * ministry"); not "agency", since a space or news agency says little of the state's stake (as NASA does not).
 */
const NEAR_HEADS = set('ministry government officials authorities military forces troops regulator regulators');
/** The shortest "-ed" word taken for a verb ("used" and "bed" are not). */
const MIN_ED_VERB = 5;

/**
 * Bodies and people of an organisation or bloc that are the organisation acting ("the UN refugee agency warned",
 * "the IMF board approved", "EU foreign ministers agreed").
 */
const ORG_BODIES = set(`
  agency agencies watchdog office body chief head executive board staff mission envoy envoys peacekeepers monitors
  inspectors experts investigators officials official spokesman spokeswoman spokesperson commission commissioner
  council court forces troops members leaders ministers secretary secretary-general director director-general
  representative representatives delegation negotiators fighters militants commanders
`);
/** Lowercase words an organisation's body may carry between its name and the body ("UN human rights office"). */
const ORG_BODY_WORDS = 3;
/** Participles after a hyphen by which the country does something ("US-led", "Iranian-backed"); others only qualify. */
const ACTING_PARTICIPLES = set(`
  led backed funded sponsored brokered supported supplied armed trained controlled occupied held annexed imposed
  allied aligned financed mediated
`);
/** Words ending in "-ing" that are no verb taking the name as its object. */
const ING_NOT_VERBS = set(`
  during including morning evening nothing something anything everything thing king ring spring wing string
  ceiling building according following bring
`);
/** Plural nouns a headline puts after a name ("US jobs", "China talks"), not a verb in "-s". */
const PLURAL_NOT_VERBS = set(`
  talks ties relations rights jobs prices rates costs sales news times deaths cases lives bonds funds firms
  leaders voters laws rules plans hopes fears woes issues problems efforts games protests strikes attacks
  claims moves bids deals cuts goals gains losses profits stocks results numbers figures data years days weeks
  states cities regions towns provinces counties schools hospitals universities teams clubs fans users consumers
  households families children teens adults patients doctors scientists researchers
`);
/** Words that open a clause, after which "<Name> <verb>s" has the name as its subject ("as Islamabad promises"). */
const CLAUSE_OPENERS = set('the as and but while after when because that since if so though although once until');
/** Verbs by which a country aims something at another ("fired missiles at Ukraine"). */
const AIMED_AT_RE =
  /\b(?:fir\w*|launch\w*|aim\w*|direct\w*|lash\w*|hurl\w*|lob\w*|point\w*|shoot\w*|shot|swip\w*|jab\w*|target\w*)\b[^.;:]{0,80}\bat\s+(?:the\s+)?$/iu;
/**
 * A list of places after a preposition of place, up to this name: "crossing into Chad, South Sudan and Egypt",
 * "bases in Qatar, Bahrain and the UAE".
 */
const PLACE_LIST_RE =
  /\b(?:in|into|across|throughout|near|via|visiting|inside)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*(?:,\s*(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*)*(?:,?\s+(?:and|or)\s+|,\s*)(?:the\s+)?$/u;
/**
 * After a name: a conjunct that is no actor ("and the Baltic states") and a relative or appositive clause (", whose
 * carmakers sell in China,"), either or both, up to where the subject's verb should stand.
 */
const SUBJECT_PAST_CLAUSE_RE =
  /^(\s+and\s+(?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+){0,2}(?=\s*,))?(\s*,\s*(?:which|who|whose|a|an|itself|long|once|already|now|still)\b[^,;:.()]{1,140},)?\s*/u;
/** A verb in the present tense's "-s" form ("approves", "warns"), not a plural noun or an "-ss"/"-us"/"-is" word. */
function presentVerb(key: string): boolean {
  return key.length >= 4 && /[^siuo]s$/u.test(key) && !/(?:ics|ness)$/u.test(key) && !PLURAL_NOT_VERBS.has(key);
}

/** Title-case headlines capitalise every word: the capital-letter rules read them only for openers. */
export function isTitleCase(tokens: readonly ContextToken[]): boolean {
  const long = tokens.filter((t) => t.raw.length >= TITLE_CASE.minLetters && /^\p{L}/u.test(t.raw));
  return long.length >= TITLE_CASE.minWords && long.filter((t) => t.cap).length / long.length >= TITLE_CASE.capShare;
}

/** A mention to classify: its word span in the sentence's tokens and its kind. */
export interface MentionSpan {
  /** First and one-past-last token. */
  from: number;
  to: number;
  /** 'place' for capitals and seats of government, 'person' for people, else 'name' or 'demonym'. */
  kind: string;
  /** The actor's kind ('country', 'bloc', 'organisation', 'group'), when known. */
  actorKind?: string;
}

/**
 * The mention's role, or null when the words are part of another name (a company, hotel, team, outlet, region,
 * street) or an origin label, and so name no actor here. `covered` says which tokens belong to some mention.
 */
export function mentionRole(
  text: string,
  tokens: readonly ContextToken[],
  span: MentionSpan,
  covered: ReadonlySet<number>,
  titleCase: boolean,
  english = true,
): MentionRole | null {
  if (!english) return roleAbroad(text, tokens, span, covered);
  const prev = tokens[span.from - 1];
  const next = tokens[span.to];
  const last = tokens[span.to - 1];
  const first = tokens[span.from];
  if (!first || !last) return null;
  const gapBefore = prev ? text.slice(prev.end, first.start) : '';
  const gapAfter = next ? text.slice(last.end, next.start) : '';
  const possessive = /['’]s?$/u.test(text.slice(first.start, last.end));
  const prevCovered = covered.has(span.from - 1);
  const nextCovered = covered.has(span.to);
  const isPerson = span.kind === 'person';

  // "Groupe LAPS (France)", "Ivana Jelić (Serbia)": an origin label.
  if (/\(\s*$/u.test(text.slice(0, first.start)) && /^\s*\)/u.test(text.slice(last.end))) return null;
  // "…,” said Martin Indyk, a former U.S. ambassador to Israel: the speaker's description, not the story's actor.
  if (!isPerson && SPEAKER_DESCRIPTION_RE.test(text.slice(0, first.start))) return 'attribute';
  // "Seattle-based", "China-born": where someone comes from.
  if (next && gapAfter === '-' && /^(?:based|born|headquartered|listed|registered|made)$/u.test(next.key))
    return 'location';
  // "Iranian-designed drones", "a U.S.-made jet": a qualifier ("US-led", "Iranian-backed" are the country's doing,
  // read as before).
  if (next && gapAfter === '-' && !next.cap && /^\p{Ll}/u.test(next.raw) && !ACTING_PARTICIPLES.has(next.key))
    return 'attribute';

  if (!isPerson && !titleCase) {
    // "Yahoo Japan", "The London West Hollywood", "Inner Mongolia", "Real Madrid": the name is part of another.
    if (prev && !prevCovered && gapBefore === ' ' && prev.cap && !OPENERS.has(prev.key) && !/^\d/u.test(prev.raw))
      return null;
    // "Japan Times", "Amsterdam Light Festival", "American Airlines": unless the next word is an office or body.
    if (next && !nextCovered && gapAfter === ' ' && next.cap && !STATE_HEADS.has(next.key) && !possessive) return null;
    // "University of Tokyo", "Bank of America": "<Name> of <Country>".
    const before2 = tokens[span.from - 2];
    if (
      prev?.key === 'of' &&
      before2?.cap &&
      !covered.has(span.from - 2) &&
      !STATE_HEADS.has(before2.key) &&
      !OPENERS.has(before2.key) &&
      span.from - 2 > 0
    )
      return null;
  }
  // "Stuttgart, Germany", "Ivrea, Italy": a place's country.
  const listGoesOn =
    /^\s*(?:,|and\b|or\b)\s*\p{Lu}/u.test(text.slice(last.end)) ||
    /(?:,|\band|\bor)\s*$/u.test(
      text
        .slice(0, prev?.start ?? 0)
        .trimEnd()
        .slice(-LIST_JOIN_CHARS),
    );
  if (
    prev &&
    span.from - 1 > 0 &&
    !prevCovered &&
    /^,\s*$/u.test(gapBefore) &&
    prev.cap &&
    !OPENERS.has(prev.key) &&
    !listGoesOn
  ) {
    const before2 = tokens[span.from - 2];
    if (!before2 || !before2.cap || /[,.;:]\s*$/u.test(text.slice(before2.end, prev.start))) return 'location';
  }

  // "crossing into Chad, South Sudan and Egypt": every name of a list of places after a preposition of place.
  if (
    !isPerson &&
    !(next && STATE_HEADS.has(next.key)) &&
    PLACE_LIST_RE.test(text.slice(Math.max(0, first.start - 160), first.start))
  )
    return span.kind === 'demonym' ? 'attribute' : 'location';

  // The word before, past an article and a compass word ("in the United States", "in western Mongolia").
  let leadAt = span.from - 1;
  if (tokens[leadAt]?.key === 'the' && !tokens[leadAt]?.cap) leadAt--;
  if (COMPASS.has(tokens[leadAt]?.key ?? '') && !tokens[leadAt]?.cap && span.kind !== 'person') leadAt--;
  const lead = tokens[leadAt];
  const before = tokens[leadAt - 1];
  const prevKey0 = lead?.key ?? '';
  // "criticism from Britain", "a vote of confidence from Beijing": the country acting.
  if (prevKey0 === 'from' && before && ACT_NOUNS.has(before.key) && span.kind !== 'person') return 'agent';
  // "officials from Mexico", "troops from Russia": the state's own people.
  if (prevKey0 === 'from' && before && STATE_HEADS.has(before.key) && span.kind !== 'person') return 'official';
  // "authorities in Mongolia", "officials in Beijing": the state's own people there.
  if (prevKey0 === 'in' && before && PEOPLE_OF_STATE.has(before.key) && span.kind !== 'person') return 'official';
  // "refuge at the Ecuadorean embassy", "in the Chinese foreign ministry": an office of the state, wherever it is.
  if (LOCATIVE.has(prevKey0) && next && INSTITUTIONS.has(next.key) && gapAfter === ' ' && span.kind !== 'person')
    return 'official';
  // "launched drones at Ukraine", "fired a missile at Israel": aimed at the country, not a place.
  if (prevKey0 === 'at' && !isPerson && AIMED_AT_RE.test(text.slice(Math.max(0, first.start - 120), first.start)))
    return 'affected';
  // "in Paris is re-created", "in the United States debuted": a place, whatever verb follows.
  const ownerAfter =
    possessive && !isPerson && next && (!next.cap || OPENERS.has(next.key) || STATE_HEADS.has(next.key));
  if (
    (prevKey0 === 'in' || prevKey0 === 'at' || (LOCATIVE.has(prevKey0) && !AFFECTING.has(prevKey0))) &&
    span.kind !== 'person' &&
    !ownerAfter
  ) {
    return span.kind === 'demonym' ? 'attribute' : 'location';
  }
  // In a title-case headline a demonym before a capitalised noun qualifies it ("American Flag").
  if (titleCase && span.kind === 'demonym' && next?.cap && !STATE_HEADS.has(next.key) && !nextCovered)
    return 'attribute';

  // "US-China trade talks", "a U.S.-Canada trade expert": a pair qualifying a noun names both, acting as neither.
  if ((prevCovered && /^[-–]$/u.test(gapBefore)) || (nextCovered && /^[-–]$/u.test(gapAfter))) return 'mention';
  // "by the Canadian scientist", "for a French engineer": a demonym before a plain noun qualifies it, whatever precedes.
  if (
    span.kind === 'demonym' &&
    next &&
    !next.cap &&
    gapAfter === ' ' &&
    // "Indians returned home": a people as the subject of a verb.
    !(/s$/u.test(last.key) && /ed$/u.test(next.key) && next.key.length >= MIN_ED_VERB) &&
    !FUNCTION.has(next.key) &&
    !VERBS.has(next.key) &&
    !AUX.has(next.key) &&
    !STATE_HEADS.has(next.key) &&
    !NEAR_HEADS.has(tokens[span.to + 1]?.key ?? '')
  )
    return 'attribute';
  // "…one-to-seven days, says the World Health Organization.": a fact's source, named after it; with a quotation
  // ("…,” said Beijing.") the speaker.
  if (
    lead &&
    SAYING.has(lead.key) &&
    /^[,\s"“”’]*$/u.test(text.slice(before?.end ?? 0, lead.start)) &&
    /^\W*$/u.test(text.slice(last.end))
  )
    return /["“”]/u.test(text) ? 'agent' : 'mention';
  // "according to the United Nations": a source quoted, not an actor in the story.
  if (lead?.key === 'to' && before?.key === 'according') return 'mention';
  // "a flight to India", "moved to Canada": where someone goes, not who is acted on; "reached Mexico" too.
  if (lead?.key === 'to' && before && MOTION.has(before.key)) return 'location';
  if (lead && /^reach(?:ed|es|ing)?$/u.test(lead.key) && !isPerson) return 'location';
  // "by Russia": the actor acting.
  if (lead?.key === 'by') return 'agent';
  // "along with Iran and Syria", "similar to Egypt's": a comparison.
  if (
    (lead?.key === 'with' && before?.key === 'along') ||
    (lead?.key === 'to' && (before?.key === 'similar' || before?.key === 'compared')) ||
    lead?.key === 'like' ||
    (lead?.key === 'as' && before?.key === 'such')
  )
    return 'mention';
  // "the 48-year-old Australian was evicted", "a Briton": a demonym as a noun is a person, not the state.
  if (
    span.kind === 'demonym' &&
    !/s$/u.test(last.key) &&
    (lead?.key === 'the' || lead?.key === 'a' || lead?.key === 'an' || /old$/u.test(lead?.key ?? '')) &&
    !(next && !next.cap && !FUNCTION.has(next.key) && !VERBS.has(next.key) && !AUX.has(next.key))
  )
    return 'mention';

  // "the UN refugee agency warned", "the IMF's board approved": an organisation's body is the organisation.
  if (span.actorKind && span.actorKind !== 'country' && !isPerson) {
    for (let j = span.to; j < Math.min(tokens.length, span.to + ORG_BODY_WORDS + 1); j++) {
      const t = tokens[j] as ContextToken;
      if (!/^\s+$/u.test(text.slice((tokens[j - 1] as ContextToken).end, t.start)) || t.cap) break;
      if (ORG_BODIES.has(t.key))
        return lead && !lead.cap && !SAYING.has(lead.key) && (VERBS.has(lead.key) || /ed$/u.test(lead.key))
          ? 'affected'
          : 'official';
      if (FUNCTION.has(t.key) || VERBS.has(t.key) || AUX.has(t.key)) break;
    }
  }

  // What follows: "Russian troops", "China's foreign ministry said", "Beijing warned", "U.S. labor statistics".
  let k = span.to;
  let sawHead = false;
  while (k < tokens.length && k < span.to + HEAD_WORDS) {
    const t = tokens[k] as ContextToken;
    const gap = text.slice((tokens[k - 1] as ContextToken).end, t.start);
    if (
      STATE_HEADS.has(t.key) &&
      /^\s+$/u.test(gap) &&
      !(t.cap && k > span.to && !STATE_HEADS.has((tokens[k - 1] as ContextToken).key))
    ) {
      sawHead = true;
      k++;
      continue;
    }
    break;
  }
  // "the Russian space agency said": one plain word between the name and a head of the state.
  const gap1 = tokens[span.to];
  const head1 = tokens[span.to + 1];
  if (
    !sawHead &&
    gap1 &&
    head1 &&
    !gap1.cap &&
    !FUNCTION.has(gap1.key) &&
    !VERBS.has(gap1.key) &&
    !AUX.has(gap1.key) &&
    NEAR_HEADS.has(head1.key) &&
    /^\s+$/u.test(text.slice(last.end, gap1.start)) &&
    /^\s+$/u.test(text.slice(gap1.end, head1.start)) &&
    span.kind !== 'person'
  ) {
    sawHead = true;
    k = span.to + 2;
  }
  const after = tokens[k];
  const verbAfter = (i: number): boolean => {
    for (let j = i; j < Math.min(tokens.length, i + VERB_WORDS); j++) {
      const t = tokens[j] as ContextToken;
      if (t.cap && !t.upper) return false;
      if (VERBS.has(t.key) || (/ed$/u.test(t.key) && t.key.length >= MIN_ED_VERB)) return true;
      if (!AUX.has(t.key) && !/ly$/u.test(t.key)) return false;
    }
    return false;
  };
  if (sawHead) {
    if (span.kind === 'place' && LOCATIVE.has(prev?.key ?? '')) return 'location';
    // "Beijing residents", "Delhi's population": a city's people, not its state's.
    if (span.kind === 'place' && CITY_PEOPLE.has(tokens[span.to]?.key ?? '')) return 'location';
    // "accused U.S. forces of…", "sanctioned Iranian officials": the state's people as the object of another's act.
    if (lead && !lead.cap && !SAYING.has(lead.key) && (VERBS.has(lead.key) || /ed$/u.test(lead.key))) return 'affected';
    return 'official';
  }
  // "with North Korea was its own business", "on Iran will": the object of a preposition, whatever follows.
  if (AFFECTING.has(prevKey0) && prevKey0 !== 'to' && !ownerAfter) return 'affected';
  // "Germany, whose carmakers sell in China, voted against", "Poland and the Baltic states, which border Russia,
  // pushed": the subject, past a relative or appositive clause and a conjunct that is no actor.
  const subject = SUBJECT_PAST_CLAUSE_RE.exec(text.slice(last.end));
  if (subject?.[2] !== undefined) {
    const at = tokens.findIndex((t) => t.start >= last.end + subject[0].length);
    const t = tokens[at];
    if (t && !t.cap && (AUX.has(t.key) || verbAfter(at) || presentVerb(t.key))) return 'agent';
  }
  // "IMF approves loan", "as Islamabad promises reform": a verb in "-s" after a name opening its clause.
  const clauseStart = !lead || CLAUSE_OPENERS.has(lead.key) || /[,;:—–]\s*$/u.test(text.slice(0, first.start));
  const afterNext = tokens[k + 1];
  if (
    clauseStart &&
    after &&
    !after.cap &&
    /^\s+$/u.test(text.slice(last.end, after.start)) &&
    presentVerb(after.key) &&
    afterNext !== undefined &&
    // "U.S. states where…", "China talks that…": a noun before a relative word, not a verb.
    !/^(?:where|which|who|whose|that|in|of|and|or)$/u.test(afterNext.key) &&
    /^\s+$/u.test(text.slice(after.end, afterNext.start)) &&
    !(afterNext && !afterNext.cap && (VERBS.has(afterNext.key) || AUX.has(afterNext.key) || /ed$/u.test(afterNext.key)))
  )
    return 'agent';
  if (
    after &&
    !after.cap &&
    !/^,/u.test(text.slice(last.end, after.start).trim()) &&
    (AUX.has(after.key) || verbAfter(k))
  ) {
    return 'agent';
  }
  // "China's decision": the state's own; "Egypt's Muslim Brotherhood": a body of the country, not the state.
  // "India's capital region", "China's east coast": a part of the country's land, a place.
  if (possessive && !isPerson && after && LAND_PARTS.has(after.key)) return 'location';
  if (possessive && !isPerson && after && LAND_PARTS.has(tokens[k + 1]?.key ?? '') && COMPASS.has(after.key))
    return 'location';
  if (possessive && !isPerson && after && (!after.cap || OPENERS.has(after.key))) return 'official';
  if (possessive && after?.cap) return 'mention';

  // A demonym or name before a plain lowercase word qualifies it: "a French engineer", "a slice of U.S. food".
  if (
    (span.kind === 'demonym' || span.kind === 'name') &&
    after &&
    !after.cap &&
    gapAfter === ' ' &&
    !FUNCTION.has(after.key) &&
    !VERBS.has(after.key)
  )
    return 'attribute';
  const prevKey = lead?.key ?? '';
  if (AFFECTING.has(prevKey)) return 'affected';
  // "the collapse of Libya", "the president of Ukraine": the actor's own fate or office.
  if (prevKey === 'of' && before && !before.cap && !FUNCTION.has(before.key))
    return STATE_HEADS.has(before.key) ? 'official' : 'affected';
  // Directly after a verb: the actor is its object ("invaded Ukraine", "sanctioned Iran", "to coerce Ukraine").
  if (
    lead &&
    !lead.cap &&
    (VERBS.has(prevKey) ||
      /ed$/u.test(prevKey) ||
      (/ing$/u.test(prevKey) && prevKey.length >= MIN_ED_VERB && !ING_NOT_VERBS.has(prevKey)) ||
      (before?.key === 'to' && !FUNCTION.has(prevKey)))
  )
    return 'affected';
  return 'mention';
}

/**
 * The role in a language other than English, where only the simplest signs are read: a name inside another
 * name mid-sentence, an origin label, and a preposition of place before it ("au Népal", "en Italia").
 */
function roleAbroad(
  text: string,
  tokens: readonly ContextToken[],
  span: MentionSpan,
  covered: ReadonlySet<number>,
): MentionRole | null {
  const prev = tokens[span.from - 1];
  const first = tokens[span.from];
  const last = tokens[span.to - 1];
  if (!first || !last) return null;
  if (/\(\s*$/u.test(text.slice(0, first.start)) && /^\s*\)/u.test(text.slice(last.end))) return null;
  if (
    prev &&
    span.from - 1 > 0 &&
    !covered.has(span.from - 1) &&
    prev.cap &&
    text.slice(prev.end, first.start) === ' ' &&
    span.kind !== 'person'
  )
    return null;
  if (
    LOCATIVE_ABROAD.has(prev?.key ?? '') &&
    !(prev && OF_ABROAD.has(prev.key) && STATE_NOUNS_ABROAD.has(tokens[span.from - 2]?.key ?? ''))
  )
    return span.kind === 'place' ? 'location' : 'mention';
  // "El Gobierno de Argentina", "le ministère de la Défense du Niger", "die Regierung von Norwegen": the state's offices.
  const ofAt = prev?.key === 'la' || prev?.key === 'l' ? span.from - 2 : span.from - 1;
  if (OF_ABROAD.has(tokens[ofAt]?.key ?? '') && STATE_NOUNS_ABROAD.has(tokens[ofAt - 1]?.key ?? '')) return 'official';
  // "La France compte…", "Brasil considera…", "Deutschland hat…": the name opening its sentence, before a verb, is
  // its subject.
  const next = tokens[span.to];
  const opens =
    span.from === 0 ||
    (span.from === 1 && DETERMINERS_ABROAD.has(tokens[0]?.key ?? '')) ||
    OPENING_PAIR_ABROAD_RE.test(text.slice(0, first.start));
  // (Read as being acted on, not acting: with no cue words in these languages, a lone example opening a sentence —
  // "Australia otorga…" in a comparison — should not make a card by itself.)
  if (opens && next && !next.cap && /^\s+$/u.test(text.slice(last.end, next.start))) return 'affected';
  return 'mention';
}

/** The first of two names opening a sentence, and "and": "Argentina y ", "Le Mali et le ", "Deutschland und ". */
const OPENING_PAIR_ABROAD_RE =
  /^(?:(?:[Ll]es?|[Ll]a|[Ee]l|[Ll]os|[Ll]as|[Dd]ie|[Dd]er|[Dd]as|[Oo]s?|[Aa]s?|[Ii]l|[Ll]o)\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?\s+(?:y|et|und|e)\s+(?:(?:les?|la|el|los|las|die|der|das|os?|as?|il|lo)\s+)?$/u;
/** Articles before a name at a sentence's start, in the other languages read. */
const DETERMINERS_ABROAD = set('le la les l el los las lo il gli o os as a die der das den dem');
/** "of" in the other languages read. */
const OF_ABROAD = set('de du des del da do dos das di della dello von vom der');
/** Offices and bodies of a state, in the other languages read: "<noun> de <Country>" is the state itself. */
const STATE_NOUNS_ABROAD = set(`
  gouvernement gobierno governo regierung ministère ministerio ministero ministerium président presidente präsident
  premier diplomatie diplomacia diplomazia armée ejército esercito exército armee autorités autoridades autorità
  behörden junte junta régime régimen regime ambassade embajada embaixada botschaft ambasciata chancellerie
  cancillería parlement parlamento parlament
`);
