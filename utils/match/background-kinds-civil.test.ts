/**
 * Related background when the subject is a company or an agency, not a state at war: a carmaker's earlier recalls,
 * a grocer's earlier takeovers, a space agency's earlier crews and rockets. Their headlines share the kind of event
 * (event-kinds.ts) more often than its words. The same kind of event by someone else, and the subject at other
 * things, are shown nowhere. All text is written for this test.
 */
import { describe, expect, it } from 'vitest';
import { caseVerdicts, type BackgroundCase } from '../../tests/support/background-case';

const recall: BackgroundCase = {
  title: 'Ostrava Motors recalls 310,000 hatchbacks over steering column fault',
  text: [
    'Ostrava Motors is recalling about 310,000 hatchbacks in Europe and North America because a bolt in the steering column can work loose, the carmaker said on Tuesday.',
    'Owners of the Ostrava Lumo built between 2022 and 2024 will be asked to bring their cars to dealers, who will replace the bolt free of charge.',
    'The company said it knew of 14 cases in which drivers had felt the steering wheel shift, and of no crashes.',
    'Shares in Ostrava Motors fell 3% in Prague after the announcement.',
  ].join('\n'),
  background: [
    [
      'Ostrava Motors recalls electric vans over charging software',
      'The carmaker said about 40,000 vans needed an update after owners reported batteries draining overnight.',
      50,
    ],
    [
      'Ostrava to recall Lumo models with loose seat rails',
      'Dealers will tighten the rails on 90,000 cars, Ostrava Motors said.',
      110,
    ],
  ],
  nowhere: [
    [
      'Baltic Foods recalls yoghurt over plastic fragments',
      'The dairy asked shoppers to return pots sold in 12 countries.',
      5,
    ],
    ['Ostrava Motors opens design studio in Milan', 'The carmaker will employ 200 designers at the new studio.', 20],
    ['Prague hosts European car show', 'More than 300 models are on display this week.', 9],
  ],
};

const takeover: BackgroundCase = {
  title: 'Harlow Grocers agrees £2.1bn takeover of Fenwick Markets',
  text: [
    "Harlow Grocers has agreed to buy rival supermarket chain Fenwick Markets for £2.1bn in cash, creating Britain's fourth-largest grocer, the two companies said on Monday.",
    'Fenwick shareholders will receive 410p a share, a premium of 35% to the closing price on Friday.',
    'Harlow chief executive Dana Price said the combined group would keep all 620 stores open.',
    'The deal needs the approval of competition regulators, which could take a year.',
  ].join('\n'),
  background: [
    [
      'Harlow Grocers completes acquisition of Corner Pantry chain',
      'The supermarket group added 180 convenience shops to its estate in a £240m deal.',
      80,
    ],
    [
      'Fenwick Markets rejects approach from Harlow as too low',
      'The grocer said a 350p-a-share takeover proposal from its rival undervalued the business.',
      30,
    ],
  ],
  nowhere: [
    ['Two Dutch banks agree merger to create Benelux lender', 'The combined bank will have 9 million customers.', 4],
    ['Harlow Grocers raises pay for shop workers', 'Staff will earn at least £12.50 an hour from April.', 15],
    ['Supermarket price rises slow for third month', 'Grocery inflation fell to 3.2% in February.', 6],
  ],
};

const crew: BackgroundCase = {
  title: 'NASA astronauts dock with space station after four-day delay',
  text: [
    "Two NASA astronauts docked with the International Space Station on Thursday, four days later than planned after a fault in their capsule's thrusters.",
    'Commander Rita Okafor and pilot Sam Lindqvist will spend six months on board, NASA said.',
    'Engineers traced the fault to a valve and cleared the capsule to fly on Sunday.',
    'Their arrival brings the number of people on the station to nine.',
  ].join('\n'),
  background: [
    [
      'NASA rocket lifts off with supplies for the station crew',
      'The uncrewed cargo capsule carries food, water and experiments and will arrive on Saturday, the agency said.',
      45,
    ],
    [
      'NASA cosmonaut swap: Russian to fly on US capsule',
      'The agency said the exchange of seats would keep both countries on board the station.',
      100,
    ],
  ],
  nowhere: [
    [
      'Private rocket firm delays first orbital flight',
      'The start-up said its engine needed more testing before launch.',
      12,
    ],
    ['NASA budget cut would close research centres', 'Lawmakers are debating the bill this month.', 20],
    ['Station cafe reopens after refit', 'The railway station cafe now serves breakfast until noon.', 2],
  ],
};

describe('related background of a company or an agency by kind of event', () => {
  for (const c of [recall, takeover, crew]) {
    const shown = caseVerdicts(c);
    it(`shows the subject's earlier events of that kind: ${c.title}`, () => {
      for (const [title] of c.background) expect(shown.get(title), title).toBe('related');
    });
    it(`shows the kind of event elsewhere and the subject at other things nowhere: ${c.title}`, () => {
      for (const [title] of c.nowhere) expect(shown.get(title), title).toBeUndefined();
    });
  }
});
