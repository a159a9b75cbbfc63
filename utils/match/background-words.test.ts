/**
 * Related background found by the article's vocabulary (verdict.ts `wordsBackground`): the subject's earlier steps
 * in one affair may share no listed kind of event and few of the article's ten "what happened" words, yet much of
 * what it is about. The subject at something else shares its name and little more. All text is written for this
 * test.
 */
import { describe, expect, it } from 'vitest';
import { caseVerdicts, type BackgroundCase } from '../../tests/support/background-case';

const doping: BackgroundCase = {
  title: 'Swimmer Lena Varga banned for four years after positive test for EPO',
  text: [
    'Hungarian swimmer Lena Varga has been banned for four years after a sample she gave at a training camp in Budapest tested positive for EPO, the integrity unit of the sport said on Tuesday.',
    'The ban, backdated to October, rules the 26-year-old out of next summer’s world championships and the following Olympic Games.',
    'Varga denied knowingly taking the substance and said her lawyers were studying the ruling. She has 21 days to appeal.',
    'The integrity unit said the sample had been analysed twice, and that a hearing panel rejected her argument that it had been contaminated in the laboratory.',
  ].join('\n'),
  background: [
    [
      'Lena Varga provisionally suspended as integrity unit flags sample',
      'The Hungarian swimmer may not compete while the unit analyses the sample taken at her training camp in Budapest.',
      95,
    ],
    [
      'Varga lawyers say laboratory contaminated swimmer’s sample',
      'The Hungarian’s defence told the hearing panel the sample was mishandled and asked for the case to be dropped.',
      30,
    ],
  ],
  nowhere: [
    ['Varga Bakery opens third shop in Szeged', 'The family bakery will sell bread and pastries from Saturday.', 12],
    [
      'Hungarian swimmer wins European 200m gold in Rome',
      'A teenager from Debrecen touched first in the final on Sunday.',
      6,
    ],
    ['Lena Varga launches swimwear range', 'The Olympic finalist designed the suits with a Budapest label.', 40],
  ],
};

describe("related background in the article's own words", () => {
  it("shows the subject's earlier steps in the affair, though they share no listed kind of event", () => {
    const shown = caseVerdicts(doping);
    for (const [title] of doping.background) expect(shown.get(title), title).toBe('related');
  });

  it('shows the subject at something else, and the same sport without the subject, nowhere', () => {
    const shown = caseVerdicts(doping);
    for (const [title] of doping.nowhere) expect(shown.get(title), title).toBeUndefined();
  });
});
