/** A competition's round and field in a headline (contest-round.ts), and what the matcher makes of them. Text written here. */
import { describe, expect, it } from 'vitest';
import { rankArticle } from '../../tests/support/rank-article';
import { CASE_NOW } from '../../tests/support/background-case';
import { articleStage, contestStage, fieldOf, otherStage, roundOf } from './contest-round';
import { StoryIndex } from './inverted-index';
import { analyseQuery } from './query';

const HOUR = 3_600_000;

describe('roundOf', () => {
  it('reads the round a headline reports, and the one before a round reached', () => {
    expect(roundOf('Talvik storms to world indoor 400m title in Ostmark')).toBe(5);
    expect(roundOf('Kestrel lifts Halvern Masters trophy after play-off')).toBe(5);
    expect(roundOf('Ostmark win relay gold at the Coastal Games')).toBe(5);
    expect(roundOf('Talvik drops baton in Coastal Games 4x400m final')).toBe(5);
    expect(roundOf('Talvik and Brenn win 400m semi-finals in Ostmark')).toBe(4);
    expect(roundOf('Brenn fastest into world 100m breaststroke final')).toBe(4);
    expect(roundOf('Halvern Rovers edge Ostmark to set up semi-final with Lyle')).toBe(3);
    expect(roundOf('Lyle cruise through Coastal Cup quarter-finals')).toBe(3);
    expect(roundOf('Ostmark and Halvern ease through 4x100m heats')).toBe(1);
    expect(roundOf('Varga knocked out in second round of Coastal Open')).toBe(2);
  });

  it('reads no round where the words name none, or where a headline names two', () => {
    expect(roundOf('Talvik wins on final day in Ostmark')).toBe(0);
    expect(roundOf('Final report on the Halvern ferry fire published')).toBe(0);
    expect(roundOf('Gold price climbs as Ostmark rate cut nears')).toBe(0);
    expect(roundOf('Title race tightens after Halvern draw')).toBe(0);
    expect(roundOf('Varga reaches final after semi-final scare')).toBe(0);
  });
});

describe('fieldOf and otherStage', () => {
  it('reads a men’s or women’s event, and tells two results of a competition apart', () => {
    expect(fieldOf("Ostmark win Coastal Games women's 4x100m gold")).toBe(2);
    expect(fieldOf('Ostmark men drop baton in 4x100m final')).toBe(1);
    expect(fieldOf('Halvern Rovers win the cup')).toBe(0);
    const womensFinal = contestStage("Ostmark win Coastal Games women's 4x100m gold");
    expect(otherStage(womensFinal, contestStage('Ostmark men drop baton in Coastal Games 4x100m final'), false)).toBe(
      true,
    );
    expect(otherStage(womensFinal, contestStage("Ostmark and Halvern ease through women's 4x100m heats"), false)).toBe(
      true,
    );
    expect(otherStage(womensFinal, contestStage('Ostmark quartet take gold in Coastal Games relay'), true)).toBe(false);
    // A later round: its result is another event, the round the winner goes on to is not.
    const semiWon = contestStage('Halvern Rovers beat Ostmark to reach Coastal Cup final');
    expect(otherStage(semiWon, contestStage('Halvern Rovers beat Lyle in Coastal Cup final'), true)).toBe(true);
    expect(otherStage(semiWon, contestStage('Halvern wakes up to a cup final'), false)).toBe(false);
    // Where neither headline is of a competition, a field claims nothing: "Three men arrested" is no men's event.
    const refuge = contestStage("Ostmark council opens women's refuge");
    expect(otherStage(refuge, contestStage('Three men arrested over Ostmark refuge fraud'), false)).toBe(false);
    // An age group's result beside a headline naming none, or the other field's result, is another event.
    expect(otherStage(semiWon, contestStage('Halvern U19s reach Coastal youth cup final'), false)).toBe(true);
    expect(otherStage(womensFinal, contestStage("Talvik wins men's 400m at Coastal Games"), true)).toBe(true);
  });

  it('counts an article headline with a score as of a competition, for an age group beside it', () => {
    const decider = contestStage('Ostmark force series decider with 22-16 win in Halvern');
    const youth = contestStage('Under-19 series: Halvern win curtain-raiser in Lyle');
    expect(otherStage(decider, youth, false, true)).toBe(true);
    expect(otherStage(decider, youth, false, false)).toBe(false);
    const index = new StoryIndex();
    index.add({ id: 'a', title: 'Ostmark win in Halvern', summary: 'Ostmark won.', published: null });
    const read = (title: string) => analyseQuery(index, { title, lead: '', text: title, published: null }).competes;
    expect(read('Ostmark force series decider with 22-16 win in Halvern')).toBe(true);
    expect(read('Ostmark council approves 2025-26 budget')).toBe(false);
  });

  it("reads the article's field from its lead when its headline names a round and no field", () => {
    const headline = 'Brenn beats Varga in three games to win Coastal Open title';
    const womens = articleStage(headline, "Ada Brenn won the women's singles title at the Coastal Open on Sunday.");
    expect(otherStage(womens, contestStage("Talvik wins men's singles at Coastal Open"), true)).toBe(true);
    expect(otherStage(womens, contestStage("Brenn crowned women's Coastal Open champion"), true)).toBe(false);
    // A lead naming both fields, or none, adds nothing; nor does a lead under a headline that names no round.
    const both = articleStage(headline, "Brenn won the women's title a day after her brother won the men's.");
    expect(both).toBe(contestStage(headline));
    expect(articleStage('Brenn praises Halvern crowd', "She won the women's title on Sunday.")).toBe(0);
  });
});

describe('another round of the competition', () => {
  const article = {
    title: 'Talvik storms to world indoor 400m title in Ostmark',
    text: [
      'OSTMARK — Jonas Talvik won the world indoor 400 metres title on Saturday, running 45.02 seconds to beat Eli Brenn by three tenths.',
      'Talvik, 22, had won his semi-final on Friday evening in the fastest time of the round. “I saved everything for tonight,” he said.',
    ].join('\n'),
    published: CASE_NOW,
  };
  const report = {
    id: 'report',
    title: 'Talvik beats Brenn to world indoor 400m gold',
    summary:
      'Jonas Talvik won the world indoor 400m final in Ostmark on Saturday in 45.02 seconds, ahead of Eli Brenn.',
    published: CASE_NOW + 2 * HOUR,
  };
  const semi = {
    id: 'semi',
    title: 'Talvik and Brenn win world indoor 400m semi-finals in Ostmark',
    summary: 'Jonas Talvik and Eli Brenn won their 400m semi-finals in Ostmark on Friday evening to set up the final.',
    published: CASE_NOW - 20 * HOUR,
  };

  it('calls the semi-finals no "same story" of the final, alone or beside its report', () => {
    expect(rankArticle(article, [semi]).get('semi')).not.toBe('same');
    const both = rankArticle(article, [report, semi]);
    expect(both.get('report')).toBe('same');
    expect(both.get('semi')).not.toBe('same');
  });
});
