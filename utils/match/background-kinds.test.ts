/**
 * Related background on subjects other than the North Korea article's (background.test.ts): the subject by
 * another of its names, doing the same kind of thing in other words, and look-alikes that share the place, the
 * country in another role or the kind of event elsewhere. All text is written for this test.
 */
import { describe, expect, it } from 'vitest';
import { StoryIndex } from './inverted-index';
import { rankStories } from './rank';
import { CASE_NOW, caseVerdicts, type BackgroundCase } from '../../tests/support/background-case';

const DAY = 86_400_000;

const talks: BackgroundCase = {
  title: 'Iran agrees to resume nuclear talks with European powers in Geneva',
  text: [
    'Iran has agreed to resume talks on its nuclear programme with France, Germany and Britain next week in Geneva, its foreign ministry said on Tuesday.',
    'The negotiations, the first since the summer, will cover uranium enrichment and the sanctions that European governments reimposed in September.',
    "Iranian officials said they hoped the talks would lead to a new agreement, while European diplomats said any deal must allow inspectors back into Iran's nuclear sites.",
    'The United States is not taking part but has said it supports the effort.',
  ].join('\n'),
  background: [
    [
      'Tehran rejects European demand for snap inspections of nuclear sites',
      'Foreign minister Abbas Araghchi said the request was unacceptable while sanctions remain.',
      20,
    ],
    [
      'Araghchi and EU envoy hold first meeting since sanctions snapback',
      'The two sides agreed to keep channels open after the sanctions were reimposed in September.',
      40,
    ],
    [
      'Europe reimposes UN sanctions on Iran over nuclear programme',
      'The snapback mechanism restores measures lifted under the 2015 deal.',
      70,
    ],
  ],
  nowhere: [
    [
      'Iranian film wins top prize at Cannes',
      'The director could not attend the ceremony after being barred from leaving the country.',
      10,
    ],
    [
      'Oil prices climb as Gulf shipping tensions rise',
      'Brent crude rose 2% after reports of a tanker seized near the Strait of Hormuz.',
      2,
    ],
    [
      'Geneva hosts talks on Sudan ceasefire',
      'Delegations from both warring sides arrived in the Swiss city on Monday.',
      1,
    ],
    ['Earthquake shakes southern Iran, no casualties reported', 'The magnitude 5.1 quake struck on Sunday.', 15],
  ],
};

const floods: BackgroundCase = {
  title: 'Flooding forces thousands from their homes in northern Italy',
  text: [
    'Thousands of people were evacuated from their homes in northern Italy on Sunday after days of heavy rain caused rivers to burst their banks.',
    'The civil protection agency said two people had died and more than 5,000 had been moved to shelters.',
    'Rome declared a state of emergency in the region and promised funds for repairs.',
    'Meteorologists said more rain was forecast for the coming week.',
  ].join('\n'),
  background: [
    [
      'Italian government approves aid for flood-hit farmers',
      'Rome set aside 2 billion euros after storms destroyed crops across the north.',
      60,
    ],
    [
      'Landslide buries road in the Italian Alps',
      'No one was hurt when the mountainside collapsed onto a road after heavy rain.',
      30,
    ],
  ],
  nowhere: [
    ['Italy beats France to reach Euro final', 'A late goal in Milan sent the home side through.', 5],
    ['Meloni meets Macron in Rome to discuss migration', 'The two leaders agreed to share patrols at sea.', 7],
    [
      'Floods in Spain kill dozens near Valencia',
      'Torrential rain swept cars through the streets of towns near the city.',
      40,
    ],
    ['Italian bank shares fall on rate worries', "Milan's main index closed down 1.5%.", 1],
  ],
};

/** A city for subject: no country or organisation, but its earlier attacks are its story. */
const mall: BackgroundCase = {
  title: 'Gunman kills five at shopping centre in Sydney',
  text: [
    'A man armed with a knife and a gun killed five people at a shopping centre in Sydney on Saturday before police shot him dead.',
    'Shoppers ran for the exits as the attacker moved between floors of the Bondi Junction centre. Eight people were taken to hospital.',
    'New South Wales police said they were not treating the attack as terrorism and that the man acted alone.',
  ].join('\n'),
  background: [
    [
      'Sydney church stabbing treated as terror attack',
      'A teenager stabbed a bishop during a service in the west of the city, police said.',
      60,
    ],
    ['Two dead in shooting at Sydney pub', 'Police said the gunman fled after opening fire in the bar.', 300],
  ],
  nowhere: [
    ['Sydney house prices hit record', 'Median prices in the city rose 8 percent over the year.', 3],
    ['Australia beats India in Sydney test', 'The hosts won by six wickets on the fourth day.', 2],
    ['Gunman kills three at Melbourne nightclub', 'Police said the attacker was arrested at the scene.', 20],
  ],
};

/** A person for subject: the earlier steps of the same case are background, the country's other news is not. */
const sentence: BackgroundCase = {
  title: 'Bolsonaro sentenced to 12 years for plotting to overturn Brazil election',
  text: [
    "Brazil's Supreme Court sentenced former president Jair Bolsonaro to 12 years in prison on Thursday for plotting to overturn the 2022 election.",
    'Four of five justices found him guilty of leading a criminal organisation that sought to keep him in power after his defeat by Luiz Inacio Lula da Silva.',
    "Bolsonaro's lawyers said they would appeal. He is already under house arrest in Brasilia.",
  ].join('\n'),
  background: [
    [
      'Bolsonaro charged over alleged coup plot',
      'Prosecutors indicted the former president and 33 others over a plan to stay in power.',
      200,
    ],
  ],
  nowhere: [
    [
      'Amazon deforestation falls to lowest level in a decade',
      "Brazil's space agency said clearing of the rainforest dropped sharply this year.",
      5,
    ],
    ['Brazil beats Argentina in World Cup qualifier', 'A second-half goal settled the match in Rio de Janeiro.', 3],
    ['Lula hosts climate finance meeting in Belem', 'Leaders discussed funding for forest protection.', 8],
  ],
};

/** A water cannon is the subject's force at sea, as warships are. */
const cannon: BackgroundCase = {
  title: 'Chinese coast guard fires water cannon at Philippine boat near Scarborough Shoal',
  text: [
    'A Chinese coast guard ship fired a water cannon at a Philippine fisheries vessel near Scarborough Shoal on Monday, the Philippine coast guard said.',
    'Manila said two crew members were hurt and the boat was damaged. Beijing said the vessel had entered Chinese waters illegally.',
    'The shoal, claimed by both countries, has seen repeated confrontations this year.',
  ].join('\n'),
  background: [
    [
      'Beijing deploys warships near disputed shoal',
      'Chinese navy vessels were seen near Scarborough Shoal, the Philippine military said.',
      90,
    ],
  ],
  nowhere: [
    ["China's factory output beats forecasts", 'Industrial production grew 6% in October.', 3],
    ['Philippine peso slides to record low', 'The currency weakened as the central bank cut rates.', 5],
    ['Typhoon batters northern Philippines', 'Thousands were evacuated as the storm made landfall.', 10],
  ],
};

describe('related background by subject and kind of event', () => {
  for (const c of [talks, floods, mall, sentence, cannon]) {
    const shown = caseVerdicts(c);
    it(`shows the subject's earlier events, in other words: ${c.title}`, () => {
      for (const [title] of c.background) expect(shown.get(title), title).toBe('related');
    });
    it(`shows the subject at other things, and the kind of event elsewhere, nowhere: ${c.title}`, () => {
      for (const [title] of c.nowhere) expect(shown.get(title), title).toBeUndefined();
    });
  }
});

describe('related background is not a word that only ranks', () => {
  it("does not make the subject's other superlative background ('biggest failure', 'biggest lesson')", () => {
    const index = new StoryIndex();
    const lesson = 'Ines Alvarez names the biggest lesson of her first year';
    const delay = 'Porto Vell tram line delayed again as costs rise';
    index.add({
      id: lesson,
      title: lesson,
      summary: 'She told students in Porto Vell that listening to residents mattered more than anything.',
      published: CASE_NOW - 40 * DAY,
    });
    index.add({
      id: delay,
      title: delay,
      summary: 'Mayor Ines Alvarez said the line would open a year late after contractors found old water mains.',
      published: CASE_NOW - 20 * DAY,
    });
    const text = [
      'Porto Vell mayor Ines Alvarez on Monday called the stalled tram line the biggest failure of her term, after the city council voted to cut its budget.',
      'Alvarez said she would ask the regional government for funds to finish the line, which has been delayed three times.',
    ].join('\n');
    const ranked = rankStories(index, {
      title: "Alvarez calls stalled tram line her term's biggest failure",
      lead: text.split('\n')[0] ?? '',
      text,
      published: CASE_NOW,
    });
    const verdict = new Map(ranked.map((m) => [m.id, m.verdict]));
    expect(verdict.get(delay)).toBe('related');
    expect(verdict.get(lesson)).toBeUndefined();
  });
});

describe('a capitalised word is not a subject', () => {
  it('does not take the "Police" that opens a headline and its sentences for whose story it is', () => {
    const shown = caseVerdicts({
      title: 'Police arrest driver after fatal hit-and-run in Bloomington',
      text: [
        'Police in Bloomington arrested a 34-year-old man on Tuesday over a hit-and-run that killed a cyclist last week.',
        'Officers said the driver was found after a tip from a car repair shop. He was charged with leaving the scene.',
        'Police said the cyclist, a 52-year-old teacher, died at the scene on Friday evening.',
      ].join('\n'),
      background: [],
      nowhere: [
        ['Police arrest woman over stolen truck in Staunton', 'The vehicle was found two days later.', 6],
        // The cache writes "police" as the word it is.
        ...[
          'Man held after market brawl',
          'Stolen painting found in garage',
          'Bridge closed after lorry strikes railing',
          'Cyclist hurt in collision with van',
          'Shop owner foils robbery with a broom',
          'Missing dog found after three days',
          'Fans clash outside stadium',
          'Festival ends early after storm',
          'Car fire closes motorway lane',
        ].map((title, k): [string, string, number] => [title, 'Nobody was badly hurt, police said.', k + 1]),
      ],
    });
    expect([...shown.values()]).not.toContain('related');
  });

  it('does not read a kind of event in a name ("Summit Pictures" is no diplomacy)', () => {
    const shown = caseVerdicts({
      title: 'Summit Pictures hires director for vampire sequel',
      text: [
        'Summit Pictures has hired a new director for the second film of its vampire series, the studio announced on Monday.',
        'Filming is due to begin in the spring in Vancouver, with the cast of the first film returning.',
      ].join('\n'),
      background: [],
      nowhere: [
        [
          'Tech chiefs to speak at Global Privacy Summit in Washington',
          'Organisers announced the speakers for the summit, which opens next month.',
          3,
        ],
        // The cache knows "pictures" as a common word, so "Summit" is most of the name.
        ['Readers share pictures of autumn leaves', 'The best pictures came from the north.', 1],
        ['Museum shows pictures by young artists', 'The show opens on Friday.', 2],
      ],
    });
    expect([...shown.values()]).not.toContain('related');
  });
});
