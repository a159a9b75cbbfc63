/**
 * A headline whose only name is a country's ("Portuguese train drivers begin…") leaves whose story it is to the
 * article's own main names (query.ts `ownSubject`): the union's and the operator's earlier strikes, which never name
 * the country, are its background; the country at other things, and the same kind of strike elsewhere, are not.
 * All text is written for this test.
 */
import { describe, expect, it } from 'vitest';
import { caseVerdicts, type BackgroundCase } from '../../tests/support/background-case';

const strike: BackgroundCase = {
  title: 'Portuguese train drivers begin 48-hour strike, halting most intercity services',
  text: [
    'LISBON — Train drivers in Portugal began a 48-hour strike on Tuesday, halting most of Lusorail’s intercity services and cutting commuter trains around Lisbon and Porto as a pay dispute with the Portuguese state rail operator deepened.',
    'The SINFEV drivers’ union called the walkout after talks over a 7% pay rise and shorter night shifts broke down last week.',
    'Lusorail said it would run about a quarter of its usual intercity trains, mostly between Lisbon and Porto, and urged passengers to postpone journeys.',
    '“We did not choose this strike; Lusorail chose it when it walked away from the table,” SINFEV’s leader Rui Campos told reporters at Santa Apolónia station.',
    'The transport minister said the government would not intervene in talks between the company and the union.',
  ].join('\n'),
  background: [
    [
      'SINFEV drivers stage 24-hour walkout over night-shift pay at Lusorail',
      'Most intercity trains were cancelled as the union pressed its demand for shorter night shifts and higher pay.',
      60,
    ],
    [
      'Lusorail drivers vote for strikes as SINFEV pay talks fail',
      'Nine in ten drivers backed walkouts in a union ballot after the rail operator rejected the pay claim.',
      12,
    ],
  ],
  nowhere: [
    ['Portuguese tourism revenue hits record in summer', 'Foreign visitors spent more than ever in the Algarve.', 5],
    [
      'Spanish rail drivers strike in Catalonia over staffing',
      'Commuter trains around Barcelona ran at half their usual frequency as the walkout began.',
      3,
    ],
  ],
};

describe('a headline naming only a country', () => {
  const shown = caseVerdicts(strike);
  it("takes the article's own main names for its subject: their earlier strikes are background", () => {
    for (const [title] of strike.background) expect(shown.get(title), title).toBe('related');
  });
  it('shows the country at other things, and the same kind of event elsewhere, nowhere', () => {
    for (const [title] of strike.nowhere) expect(shown.get(title), title).toBeUndefined();
  });
});
