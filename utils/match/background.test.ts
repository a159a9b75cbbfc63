/**
 * Related background on the story's subject, ranked for real: on an article about North Korean troops going to
 * Russia, the earlier North Korean military moves are background; a China trade story and a strike on Kyiv,
 * which only share a country with it, are shown nowhere, nor is anything "Same story" when the cache holds no
 * report of the event. On a tornado article, a story sharing only the state and words of time and people ("year",
 * "people") is not background either, nor on others a story sharing the country and "Watch" (a medium, and part of a
 * name), or the country and words its own headline does not carry. All text is written for this test.
 */
import { describe, expect, it } from 'vitest';
import { StoryIndex, type IndexableStory } from './inverted-index';
import { rankStories, type MatchQuery } from './rank';

const DAY = 86_400_000;
const NOW = Date.UTC(2025, 9, 20, 8);

const article: MatchQuery = {
  title: 'North Korea sends 3,000 more troops to Russia, Seoul says',
  lead: "North Korea has sent about 3,000 more soldiers to Russia to join its war against Ukraine, South Korea's spy agency said on Monday, adding to the troops Pyongyang deployed last year.",
  text: [
    "North Korea has sent about 3,000 more soldiers to Russia to join its war against Ukraine, South Korea's spy agency said on Monday, adding to the troops Pyongyang deployed last year.",
    'The National Intelligence Service told lawmakers in Seoul that the new troops left by ship and military transport aircraft in September and were sent to the Kursk region.',
    'Pyongyang has also supplied artillery shells and missiles to Moscow, the agency said, in exchange for oil and military technology.',
    'China, North Korea’s main trading partner, has said little about the deployment.',
  ].join('\n'),
  published: NOW,
};

/** A story written `daysAgo` days before `now`. */
const storyBefore =
  (now: number) =>
  (id: string, title: string, summary: string, daysAgo: number): IndexableStory => ({
    id,
    title,
    summary,
    published: now - daysAgo * DAY,
  });
const story = storyBefore(NOW);

const earlier = [
  story(
    'nk-deploy-2024',
    'North Korean troops deployed to Russia, spy agency says',
    'South Korea said North Korea had deployed thousands of soldiers to Russia, the first large dispatch of its troops abroad.',
    40,
  ),
  story(
    'nk-missile',
    'North Korea fires ballistic missile as troops drill near border',
    'Pyongyang fired a ballistic missile into the sea while its soldiers held military drills, the South Korean military said.',
    25,
  ),
  story(
    'nk-shells',
    'North Korea shipped artillery shells to Russia, Seoul says',
    'North Korea has sent millions of artillery shells to Russia for its war in Ukraine, South Korean lawmakers were told.',
    60,
  ),
];
const countryOnly = [
  story(
    'china-trade',
    "China's exports slow as trade tensions with Europe rise",
    'Chinese exports grew less than expected last month as the European Union weighed new tariffs on electric cars.',
    2,
  ),
  story(
    'kyiv-strike',
    'Russian drones strike Kyiv apartment block, killing four',
    'Russia launched dozens of drones at Kyiv overnight, hitting a residential building, Ukrainian officials said.',
    1,
  ),
  story(
    'seoul-rates',
    "South Korea's central bank holds rates as won weakens",
    'The Bank of Korea kept its key rate unchanged on Monday, citing a weaker currency and household debt.',
    3,
  ),
];
/** The outlet's advertisement for its own show, naming the subject: neither the same story nor background. */
const promo = story(
  'nk-podcast',
  'North Korean troops in Russia: listen to our daily podcast',
  'Our Seoul correspondent on why North Korea sends soldiers to fight for Russia, and what the deployment means for Pyongyang.',
  0,
);
/** A shopping deal and a quiz naming the subject: they report nothing, so they are not background either. */
const notNews = [
  story(
    'nk-deal',
    'North Korean troops in Russia: the documentary of the deployment is $20 off this weekend',
    'The series follows the soldiers Pyongyang sent to the Kursk region, with the spy agency officials who tracked them.',
    0,
  ),
  story(
    'nk-quiz',
    'News quiz: North Korean troops, Russian drills and the week in world news',
    'How closely did you follow the week, from Pyongyang to Moscow?',
    0,
  ),
];
const filler = [
  story(
    'rovers',
    'Harbour City Rovers win cup final on penalties',
    'A late save sealed the cup for Rovers after a goalless draw.',
    2,
  ),
  story(
    'heat',
    'Heatwave alert extended across southern Spain',
    'Temperatures near 44C are forecast through the weekend.',
    4,
  ),
  story(
    'chips',
    'Chipmaker unveils low-power AI processor',
    'The new chip targets thin laptops and runs cooler than its rivals.',
    5,
  ),
];

describe('related background by subject', () => {
  const index = new StoryIndex();
  for (const s of [...earlier, ...countryOnly, promo, ...notNews, ...filler]) index.add(s);
  const ranked = rankStories(index, article);
  const verdict = (id: string): string | null => ranked.find((r) => r.id === id)?.verdict ?? null;

  it("shows the subject's earlier events as background", () => {
    for (const s of earlier) expect(verdict(s.id), s.title).toBe('related');
  });

  it('shows stories that only share a country nowhere', () => {
    for (const s of [...countryOnly, ...filler]) expect(verdict(s.id), s.title).toBeNull();
  });

  it("shows the outlet's advertisement for its podcast on the subject nowhere", () => {
    expect(verdict(promo.id)).toBeNull();
  });

  it('shows a deal or a quiz on the subject nowhere', () => {
    for (const s of notNews) expect(verdict(s.id), s.title).toBeNull();
  });

  it('calls nothing the same story when no report of the event is cached', () => {
    expect(ranked.filter((r) => r.verdict === 'same')).toEqual([]);
  });
});

/**
 * The same subject in other words: a story may call North Korea "Pyongyang" or name its leader, and tell of a
 * missile test with no word of the article's. A story naming only where the troops went (a drone strike in Russia)
 * or a sports result of the subject is not background.
 */
const otherWordsStories = [
  story(
    'icbm',
    'Pyongyang test-fires ICBM that lands near Hokkaido',
    'The intercontinental missile flew for over an hour before falling into the sea, Tokyo said.',
    30,
  ),
  story(
    'kim-launch',
    'Kim Jong Un watches launch of new hypersonic weapon',
    'State media said the leader oversaw the test with senior military officers and promised more to come.',
    18,
  ),
  story(
    'captured',
    'North Korean soldiers captured by Ukraine describe being sent without being told where',
    'Two men held in Kyiv said officers in Pyongyang never told them they were going to fight.',
    50,
  ),
];
const notBackgroundStories = [
  story(
    'depot',
    'Ukraine hits an oil depot deep inside Russia with drones',
    'The strike set storage tanks alight in a region far from the front line, officials in Kyiv said.',
    3,
  ),
  story(
    'football',
    'North Korea women’s football team beats Japan in Asian Cup final',
    'The side won 2-1 after extra time in front of a crowd in Bangkok.',
    9,
  ),
  story(
    'drill',
    'South Korea holds its largest civil defence drill in years',
    'Sirens sounded across the capital as residents practised going to shelters.',
    12,
  ),
  story(
    'noodles',
    'North Korean defector opens noodle restaurant',
    'He crossed the border fifteen years ago and now employs twelve people.',
    20,
  ),
];

describe('related background in other words', () => {
  const index = new StoryIndex();
  for (const s of [...otherWordsStories, ...notBackgroundStories, ...filler]) index.add(s);
  const ranked = rankStories(index, article);
  const verdict = (id: string): string | null => ranked.find((r) => r.id === id)?.verdict ?? null;

  it("shows the subject's military moves as background, named as Pyongyang or by its leader", () => {
    for (const s of otherWordsStories) expect(verdict(s.id), s.title).toBe('related');
  });

  it('says the story is about the headline country it names otherwise', () => {
    expect(ranked.find((r) => r.id === 'kim-launch')?.why.shared).toContain('North Korea');
  });

  it('shows the destination alone, the subject at play and the subject in passing nowhere', () => {
    for (const s of notBackgroundStories) expect(verdict(s.id), s.title).toBeNull();
  });
});

describe('a headline that opens with who says it', () => {
  // The same news, headlined the other way round: Seoul tells it; the story is still North Korea's.
  const saidFirst: MatchQuery = { ...article, title: 'Seoul says North Korea has sent 3,000 more troops to Russia' };
  const [icbm] = otherWordsStories;
  // The cache knows the headline's words from stories of their own, as any reader's does.
  const seoulShares = story(
    'stocks',
    'Seoul shares close higher as chipmakers rally',
    'The benchmark index rose for a third day, led by memory-chip makers.',
    1,
  );
  const index = new StoryIndex();
  for (const s of [icbm, seoulShares, ...notBackgroundStories, ...filler]) if (s) index.add(s);
  const verdict = (query: MatchQuery, id: string): string | null =>
    rankStories(index, query).find((r) => r.id === id)?.verdict ?? null;

  it("takes the country after 'says' for the subject, as when the speaker comes last", () => {
    expect(verdict(saidFirst, 'icbm')).toBe('related');
    expect(verdict(article, 'icbm')).toBe('related');
  });

  it('knows the speaker with a word or two before the verb', () => {
    const agencyFirst: MatchQuery = {
      ...article,
      title: 'South Korean spy agency says North Korea has sent 3,000 more troops to Russia',
    };
    expect(verdict(agencyFirst, 'icbm')).toBe('related');
    for (const s of [seoulShares, ...notBackgroundStories]) expect(verdict(agencyFirst, s.id), s.title).toBeNull();
  });

  it("does not make the speaker's own news background", () => {
    for (const s of [seoulShares, ...notBackgroundStories]) expect(verdict(saidFirst, s.id), s.title).toBeNull();
  });
});

/**
 * An article, an earlier event of its subject (background) and a story that only looks like one (not shown). Each
 * look-alike was background before its rule: time and people are not what happened (query.ts NOT_WHAT_HAPPENED),
 * nor is the medium a piece comes in, and a country with words that the story's own headline does not carry is
 * that country in passing (verdict.ts `isBackground`).
 */
const lookAlikes: readonly {
  case: string;
  title: string;
  lines: readonly string[];
  published: number;
  background: readonly [id: string, title: string, summary: string, daysAgo: number];
  lookAlike: readonly [id: string, title: string, summary: string, daysAgo: number];
}[] = [
  {
    case: 'the state\'s earlier tornado, not a story sharing only the state, "people" and "year"',
    title: 'Tornadoes kill 12 people across Mississippi as storms sweep the South',
    lines: [
      'At least 12 people were killed when tornadoes tore through Mississippi overnight, the state emergency agency said, the deadliest storms this year.',
      'Rescuers searched flattened homes in Rolling Fork, where a twister cut a path a mile wide.',
      'Governor Tate Reeves declared a state of emergency and said more people could be missing.',
    ],
    published: Date.UTC(2025, 3, 2, 8),
    background: [
      'ms-tornado',
      'Tornado kills two in Mississippi',
      'A tornado killed two people in Mississippi, officials said.',
      30,
    ],
    lookAlike: [
      'ms-lottery',
      'Mississippi lottery: more people won prizes this year than ever',
      'The Mississippi Lottery Corporation said more people claimed prizes in the year to March.',
      3,
    ],
  },
  {
    case: 'an earlier strike on a depot, not a story sharing only the country and "Watch" in a name',
    title: 'WATCH: Drones hit fuel depot in Bryansk, Russia',
    lines: [
      'Firefighters fought a blaze at a fuel depot in Bryansk, near the border with Ukraine, after what Moscow said was a drone attack.',
      'Regional officials said no one was hurt and that the fire was under control by morning.',
    ],
    published: Date.UTC(2025, 4, 12, 8),
    background: [
      'belgorod-depot',
      'Drone attack sets oil depot ablaze in Belgorod',
      'Russian officials said a fire broke out at an oil depot in Belgorod after a drone attack, near the border with Ukraine.',
      20,
    ],
    lookAlike: [
      'hrw-mali',
      'Russian mercenaries accused of killing civilians in Mali',
      'Human Rights Watch says fighters linked to Russia took part in an operation in which dozens of villagers were killed.',
      2,
    ],
  },
  {
    case: "last month's food prices, not a story naming the country and prices in passing",
    title: 'UK food prices rise at fastest rate in a decade',
    lines: [
      'Food prices in the UK rose at the fastest rate in a decade last month, as households paid more for bread, milk and energy, official figures showed.',
      'The Office for National Statistics said the price of a weekly shop had risen by a tenth in a year.',
    ],
    published: Date.UTC(2025, 5, 18, 8),
    background: [
      'uk-food-earlier',
      'UK food prices rise again as bread and milk cost more',
      'Households in the UK paid more for food last month, with the price of bread and milk up sharply, figures showed.',
      31,
    ],
    lookAlike: [
      'uk-oil-tax',
      'Oil firm pays no tax on North Sea fields in UK for a third year',
      'The energy company received another rebate for closing old platforms, despite high prices for oil and gas.',
      1,
    ],
  },
];

describe('related background shares what happened, not only a country, time, people or the medium', () => {
  for (const { case: name, title, lines, published, background, lookAlike } of lookAlikes)
    it(`shows ${name}`, () => {
      const dated = storyBefore(published);
      const index = new StoryIndex();
      for (const s of [dated(...background), dated(...lookAlike), ...filler]) index.add(s);
      const ranked = rankStories(index, { title, lead: lines[0] ?? '', text: lines.join('\n'), published });
      const verdict = (id: string): string | null => ranked.find((r) => r.id === id)?.verdict ?? null;
      expect(verdict(background[0])).toBe('related');
      expect(verdict(lookAlike[0])).toBeNull();
    });
});
