import { describe, expect, it } from 'vitest';
import {
  isCityNumber,
  isContestNumber,
  kindNumber,
  kindOfNumber,
  stageOfNumber,
  STORY_KINDS,
  storyKind,
} from './story-kind';

describe('storyKind', () => {
  it('reads reports as reports, whatever they share with a guide', () => {
    for (const headline of [
      'Dockworkers walk out at Port of Halvern as pay talks collapse',
      'Agent says Rovers to sign Lindqvist to six-year deal',
      'Ukraine marks a year since the invasion', // "since", not a look back
      'Singer returns to the stage six years ago to the day after her accident',
      'How the vote was won: inside the Ostmark campaign', // "how", not "how to"
      'Minister explains the guidance to schools',
      '5 things to know about the Ostmark budget', // an explainer of the news, not a guide
      'Thousands sign up for the Ostmark reserve as tensions rise', // "sign up for", not "for our"
      'Minister tells podcast host she will stand again', // a podcast in the news, not an advertisement for one
      'Sorrel Z phone goes on sale in Ostmark next week', // a launch, not a price
      'Opinion poll puts Ostmark opposition ahead', // a poll reported, not an opinion piece
      'Editorial staff walk out at the Halvern Ledger', // news of an editorial team
      'Ostmark sharks may live up to 300 years, study finds', // "live" in a sentence
      'Where we live: Halvern tenants face record rents', // a verb, not a live page
      'Minister tells press briefing the ferry will sail', // what was said at a briefing
      'Sorrel’s latest phone folds in three', // "latest", not a kicker
      'Police round up suspects after Halvern raid', // a verb, not a round-up
      'Sorrel opens developer preview of its glasses software', // a product's preview is news
      'Halvern polls close at 8:00 as turnout hits record', // a time, not an age
      "Streaming service's new Halvern murders podcast debuts in May", // a podcast in the news
      'Minister explained the plan to farmers in Halvern', // explained, not an explainer's label
      'Viral ferry explainer video: minister apologises for Halvern fares', // a video in the news, not a label
      'Ostmark hires explainer-in-chief: ferry firm names new spokesperson', // no label
      'Museum marks 100th anniversary with free entry', // a day that falls on an anniversary, reported
      'Harbour Lights, series 2 episode 1 review: the ferry drama returns', // a review of an episode
      'Episode 3 of Harbour Lights draws record audience', // an episode in the news
      'Halvern museum reopens on fire anniversary',
      'Judge adds hundreds more years on top of the sentence', // "years on", not a look back
      'Four years on the run end with arrest in Halvern',
    ])
      expect(storyKind(headline), headline).toBe('report');
  });

  it('reads how-to guides, look backs, deals and quizzes from the headline', () => {
    expect(storyKind('How to watch the Lyrid meteor shower tonight')).toBe('how-to');
    expect(storyKind('Lyrid meteor shower: how to watch the peak')).toBe('how-to');
    expect(storyKind("Here's how to claim the new energy rebate")).toBe('how-to');
    expect(storyKind('How do I know if my boiler is safe?')).toBe('how-to');
    expect(storyKind('7 ways to cut your heating bill')).toBe('how-to');
    expect(storyKind('A beginner’s guide to allotment gardening')).toBe('how-to');
    expect(storyKind('Reliving the night Halvern won the cup')).toBe('look back');
    expect(storyKind('Looking back at 50 years of the Ostmark ferry')).toBe('look back');
    expect(storyKind('Halvern Ferry 100th anniversary: the crossings that made a town')).toBe('look back');
    expect(storyKind('Remembering the Halvern lighthouse keepers')).toBe('look back');
    expect(storyKind('Five years on: how Halvern rebuilt its harbour')).toBe('look back');
    expect(storyKind('How the ferry changed Halvern, 22 years on')).toBe('look back');
    expect(storyKind('Thirty summers of the Halvern regatta: a look back')).toBe('look back');
    expect(storyKind('The Sorrel X2 laptop is $200 off today')).toBe('deal');
    expect(storyKind('Headphones drop to lowest price ever')).toBe('deal');
    expect(storyKind('The best spring garden deals we found')).toBe('deal');
    expect(storyKind('The Sorrel earbuds are on sale right now at Halvern Electric')).toBe('deal');
    expect(storyKind('Halvern festival tickets on sale now')).toBe('deal');
    // A buying guide: a ranked list of things to buy, tested, or of a year.
    expect(storyKind('The best stand mixers of 2025, tested')).toBe('deal');
    expect(storyKind('The 8 best trail shoes to buy this autumn')).toBe('deal');
    expect(storyKind('12 of the best Halvern walking boots, tried and tested')).toBe('deal');
    // Not a prize, a quote, or "best" past the opening.
    expect(storyKind('Best actor winner Ilse Marr thanks Halvern crew')).toBe('report');
    expect(storyKind('The best is yet to come, says Halvern mayor after 2025 budget')).toBe('report');
    expect(storyKind('Halvern regatta 2025: when it starts and the best day to go')).not.toBe('deal');
    expect(storyKind('The best response to the 2025 floods is a new Halvern levee')).toBe('report');
    expect(storyKind('Weekly news quiz: what did the minister say?')).toBe('quiz');
    expect(storyKind('Halvern port strike: listen to our daily podcast')).toBe('promo');
    expect(storyKind('The Morning Ledger – sign up and start your day informed')).toBe('promo');
    expect(storyKind('Sign up for our new cycling newsletter, Chain Reaction')).toBe('promo');
    expect(storyKind('Ostmark election night: subscribe to our weekly newsletter')).toBe('promo');
    expect(storyKind('Opinion: Ostmark’s ferry deal is a bad bargain')).toBe('opinion');
    expect(storyKind('Opinion | What the port strike says about Halvern')).toBe('opinion');
    expect(storyKind('The Ledger view on the Halvern strike: talk now | Editorial')).toBe('opinion');
    expect(storyKind('Halvern deserves better trains | Letters')).toBe('opinion');
  });

  it('reads explainers, ages as kickers, podcast episodes, paid pieces and previews by their labels', () => {
    expect(storyKind('Explainer: why Ostmark’s ferries keep breaking down')).toBe('how-to');
    expect(storyKind('Ferry explainer: why Ostmark’s boats keep breaking down')).toBe('how-to');
    expect(storyKind('Cup final explainer: kick-off times, venues and tickets')).toBe('how-to');
    expect(storyKind('Halvern port dispute explained: who wants what')).toBe('how-to');
    expect(storyKind('The Ostmark port levy explained')).toBe('how-to');
    expect(storyKind('What is the Halvern accord? The treaty behind the ferry row')).toBe('how-to');
    expect(storyKind('The Halvern Ferry at 60: the boat that built a town')).toBe('look back');
    expect(storyKind('Podcast: The Harbour Hour — ferries, fares and the strike')).toBe('promo');
    expect(storyKind('The Ledger Sport podcast: who wins the cup?')).toBe('promo');
    expect(storyKind('Inside the Halvern port strike – podcast')).toBe('promo');
    expect(storyKind('Ep 112: Mara Lindqvist')).toBe('promo');
    expect(storyKind('Ferry Talk: Episode 9: Fares, Timetables and You')).toBe('promo');
    expect(storyKind('The Lantern Room | Harbour Tales | Season 2, Episode 14')).toBe('promo');
    expect(storyKind('Sponsored: Ostmark ferries explained — your summer timetable')).toBe('promo');
    expect(storyKind('Cup final preview: Rovers need a win at Halvern')).toBe('preview');
    // A tournament's draw as the kicker: the matches to come. A drawn match is a result.
    expect(storyKind('Halvern Open draw: Marr and Sorrel land in the same half')).toBe('preview');
    expect(storyKind('Goalless draw: Rovers held at Halvern')).toBe('report');
    expect(storyKind('Rovers and United draw 1-1 at Halvern')).toBe('report');
    // The draw told as who meets whom is the same draw: its reports are previews too.
    expect(storyKind('Halvern Cup: Rovers drawn against United in the quarter-finals')).toBe('preview');
    expect(storyKind('Comparisons drawn with the 2008 crash as Halvern bank fails')).toBe('report');
    expect(storyKind('Sorrel Z2 phone – preview')).toBe('preview');
    expect(storyKind('Rowing newsletter: day three at Halvern Lake — what to watch')).toBe('preview');
    expect(storyKind('Halvern regatta: five things to look out for')).toBe('preview');
    expect(storyKind('What to watch as Ostmark votes on the ferry levy')).toBe('report'); // only closing it
    expect(storyKind('Halvern regatta day five: schedule and how to watch')).toBe('preview');
    // A match-up with a preview's furniture: what is coming, not what happened.
    expect(storyKind('Rovers v United: start time, head-to-head and prediction')).toBe('preview');
    expect(storyKind('Lindqvist vs. Okafor prediction, odds and TV channel for the Halvern final')).toBe('preview');
    expect(storyKind('Rovers vs United team news: Lindqvist back for the derby')).toBe('preview');
    expect(storyKind('Rovers v United: Lindqvist scores twice as ten men win derby')).toBe('report');
    expect(storyKind('Economists’ prediction of an Ostmark recession proves wrong')).toBe('report');
  });

  it('reads live pages, briefings and round-ups as roundups of many events', () => {
    for (const headline of [
      'Live: Ostmark news — ferry strike, Halvern floods, cup final',
      'Business live: Ostmark shares slip as ferry strike bites',
      'PMQs live: Prime Minister faces questions on ferries',
      'Ostmark ferry strike – live updates',
      'Halvern regatta day five: live updates',
      'As it happened: Halvern council votes on the port',
      'Ostmark–Norland latest news: talks resume in Halvern',
      'Ostmark war latest: Norland says talks are off',
      'Ostmark morning briefing: Five developments as talks stall',
      'Tuesday evening news briefing: Halvern port reopens',
      'Today’s top stories — ferries, floods and the cup',
      'Transfer round-up: Rovers close in on Lindqvist',
      'Ostmark budget at a glance',
      'Arts briefing: Halvern gallery reopens, a theatre prize shortlist, new albums',
      'Gulf briefing: port tariffs, a solar tender and a falcon auction',
      // The day's market moves.
      'Stock market today: Halvern index edges higher as banks gain',
      'Ostmark krona slips as oil climbs - markets wrap',
    ])
      expect(storyKind(headline), headline).toBe('roundup');
    // A briefing given, reported: one event.
    expect(storyKind('Defence ministry briefing: officials describe the Halvern strike')).toBe('report');
    // An outlet's invitation to its briefing is a promo.
    expect(storyKind('Ostmark markets newsletter: sign up for our weekly briefing')).toBe('promo');
  });

  it('stores each kind as a number, with whether it reports a result, and reads unknown numbers as a report', () => {
    for (const kind of STORY_KINDS) {
      expect(kindOfNumber(kindNumber(kind))).toBe(kind);
      expect(kindOfNumber(kindNumber(kind, true))).toBe(kind);
      expect(isContestNumber(kindNumber(kind, true))).toBe(true);
      expect(isContestNumber(kindNumber(kind))).toBe(false);
      expect(kindOfNumber(kindNumber(kind, true, true))).toBe(kind);
      expect(isCityNumber(kindNumber(kind, false, true))).toBe(true);
      expect(isCityNumber(kindNumber(kind, true))).toBe(false);
      expect(kindOfNumber(kindNumber(kind, true, true, 13))).toBe(kind);
      expect(stageOfNumber(kindNumber(kind, true, true, 13))).toBe(13);
      expect(stageOfNumber(kindNumber(kind, true, true))).toBe(0);
    }
    expect(kindNumber('report')).toBe(0);
    expect(kindOfNumber(15)).toBe('report');
  });
});
