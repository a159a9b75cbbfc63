/**
 * Kinds of event, by the words news writes them with: "Pyongyang test-fires ICBM" and "North Korea sends troops
 * to Russia" share no word, but both are the subject's military moves, which is what Related background is for
 * (issue 10: "the same actors doing the same kind of thing"). Written for Sidelight; every word is one that
 * names its kind on its own in a headline. Words that name several kinds or none are left out: "strike" (a
 * walk-out or an attack), "fire" (a blaze, a dismissal or a shot), "drill" (an exercise or a well), "war" (a
 * trade war), "trial" (a clinical one), "crash" (a market's), "tanks" (think tanks), "striker" (a footballer or
 * a picket), "campaign", "season", "offensive", "heavyweight", "launch" (a rocket's, a product's or a missile's),
 * "bid" ("in a bid to"), "deal" (a trade deal, a deal on a product), "court" (a tennis court), "space" (office
 * space), "fired" (a shot or a dismissal), "dismissed" (a case), "chip" (a snack), "tablet" (a pill), "defect" (a
 * fault, or a soldier crossing a border).
 * Beyond war, crime and disaster, a company, agency or union is as often the subject: its takeovers, recalls,
 * launches into orbit, new devices, departures and outbreaks are kinds of their own.
 */
import type { StoryIndex } from './inverted-index';
import { termOf } from './tokenize';

const KINDS: Record<string, string> = {
  military: `troops soldier soldiers army armies military militaries missile missiles icbm artillery munitions ammunition
    warship warships warplane warplanes navy naval airstrike airstrikes deploy deployed deploys deployment
    invasion invade invaded battlefield warfare ballistic hypersonic warhead warheads mobilise mobilised
    mobilize mobilized mobilisation mobilization conscripts mercenaries paramilitary battalion battalions
    brigade regiment howitzers drone drones frontline defence defense shelling cannon cannons`,
  violence: `attack attacks attacked bomb bombing bombings bomber explosion explosions gunman gunmen gunfire shooting
    shootings stabbing stabbings terror terrorist terrorists terrorism hostage hostages massacre assassination
    assassinated militant militants insurgents riot riots rioting rioters firebomb firebombing cannon cannons`,
  disaster: `earthquake earthquakes quake quakes tremor tremors aftershock aftershocks tsunami flood floods flooding
    hurricane typhoon cyclone tornado tornadoes wildfire wildfires landslide landslides eruption volcano drought
    heatwave avalanche mudslide magnitude`,
  blaze: `blaze blazes arson arsonist firefighters firefighter inferno`,
  justice: `arrest arrested arrests charged indicted indictment sentenced sentence convicted conviction jail jailed
    prison prisoner murder murdered robbery robbers heist theft suspect suspects prosecutor prosecutors verdict
    guilty acquitted extradition extradited smuggling fraud lawsuit jury fraudster fraudulent embezzlement bribery`,
  election: `election elections elected vote votes voters voting ballot ballots poll polls referendum candidate
    candidates parliament parliamentary lawmakers coalition impeachment inauguration`,
  diplomacy: `talks summit treaty pact accord envoy ambassador ambassadors sanctions diplomat diplomats diplomatic
    negotiations negotiators alliance ceasefire truce`,
  economy: `economy economic inflation recession exports imports tariff tariffs deficit budget currency stocks gdp
    unemployment growth`,
  labour: `walkout walkouts unions wages layoffs dockworkers dockers picket pickets stoppage stoppages`,
  health: `virus outbreak outbreaks vaccine vaccines pandemic epidemic infection infections cholera measles flu
    typhoid dengue malaria ebola mpox polio tuberculosis diphtheria disease diseases`,
  sport: `match matches coach league championship tournament cup playoff playoffs knockout olympics olympic medal
    quarterback goalkeeper`,
  crash: `collision derailed derailment capsized shipwreck`,
  takeover: `takeover takeovers merger mergers acquisition acquisitions acquire acquires acquired buyout buyouts`,
  recall: `recall recalls recalled`,
  space: `rocket rockets orbit orbital spacecraft spaceflight astronaut astronauts cosmonaut
    cosmonauts lunar spacewalk`,
  device: `smartphone smartphones laptop laptops headset headsets earbuds wearable wearables gadget gadgets
    smartwatch smartwatches glasses`,
  shipping: `tanker tankers freighter freighters seafarers`,
  departure: `sack sacked sacking ousted ouster resign resigns resigned resignation quits`,
};

/** The kind names, in bit order. */
export const EVENT_KINDS: readonly string[] = Object.keys(KINDS);

/** Each kind's words as index terms, with the kind's bit. */
const TERM_KINDS: ReadonlyMap<string, number> = (() => {
  const out = new Map<string, number>();
  EVENT_KINDS.forEach((kind, bit) => {
    for (const word of (KINDS[kind] as string).split(/\s+/)) {
      const term = word === '' ? null : termOf(word);
      if (term !== null) out.set(term, (out.get(term) ?? 0) | (1 << bit));
    }
  });
  return out;
})();

/** The kinds (as bits) these index terms name ("troop", "icbm"). */
export function kindsOfTerms(terms: Iterable<string>): number {
  let kinds = 0;
  for (const term of terms) kinds |= TERM_KINDS.get(term) ?? 0;
  return kinds;
}

/** Each index's {@link kindsByTermId}, with the index's `vocabularyVersion` it was worked out at. */
const kindsByIndex = new WeakMap<StoryIndex, { version: number; kinds: ReadonlyMap<number, number> }>();

/**
 * The kinds (as bits) of each of these words' terms that the index knows, by term id. Kept per index until a term
 * gets or gives up an id: looking up every kind word's id (about 450) took 3% of a query's time at 10,000 stories.
 */
export function kindsByTermId(index: StoryIndex): ReadonlyMap<number, number> {
  const kept = kindsByIndex.get(index);
  if (kept !== undefined && kept.version === index.vocabularyVersion) return kept.kinds;
  const kinds = new Map<number, number>();
  for (const [term, bits] of TERM_KINDS) {
    const id = index.termId(term);
    if (id !== undefined) kinds.set(id, bits);
  }
  kindsByIndex.set(index, { version: index.vocabularyVersion, kinds });
  return kinds;
}
