/**
 * The join by the event's own name (event-name-join.ts): on the day of an event, another outlet's later or angled
 * report shares few words with the article but names the event's own place, and joins its established report. A
 * name that some other story of the day carries without reporting the event is a subject's, not the event's, and
 * a country is never one. All text is written for this test.
 */
import { describe, expect, it } from 'vitest';
import { rankArticle } from '../../tests/support/rank-article';
import { CASE_NOW } from '../../tests/support/background-case';

const HOUR = 3_600_000;
const article = {
  title: 'Tailings dam gives way at Chilean copper mine, burying nine workers in the Atacama',
  text: [
    'COPIAPÓ, Chile — A tailings dam collapsed at the Quebrada Honda copper mine in northern Chile before dawn on Tuesday, burying nine workers under a wave of mud, the regional emergency office said.',
    'The wall of the dam, which holds waste from the mine’s flotation plant, gave way at about 4 a.m. after two days of unusual rain in the Atacama region, some 60 km east of Copiapó.',
    'Rescuers from the national mining service dug through the night with excavators. Two workers were pulled out alive and taken to hospital in Copiapó, the office said.',
    '“The mud came down the valley in seconds,” said Rodrigo Alcayaga, a truck driver who was on the night shift. “We heard the wall crack and then the lights went out.”',
    'Minera Tolhuaca, which runs Quebrada Honda, said it had stopped all work at the site and was cooperating with the authorities.',
    'Environmental groups said the dam had been flagged in an inspection two years ago for seepage at its base.',
  ].join('\n'),
  published: CASE_NOW,
};
const firstReport = {
  id: 'first',
  title: 'Nine miners buried as tailings dam collapses at Quebrada Honda copper mine in Chile',
  summary:
    'A tailings dam gave way at Minera Tolhuaca’s Quebrada Honda mine in the Atacama region before dawn, burying nine workers in mud, emergency officials said.',
  published: CASE_NOW - 2 * HOUR,
};
const followUp = {
  id: 'follow-up',
  title: 'Quebrada Honda dam collapse: death toll rises to six as prosecutors open inquiry',
  summary:
    'Prosecutors in Copiapó opened an inquiry into the mine operator as rescuers recovered three more bodies from the mud.',
  published: CASE_NOW + 20 * HOUR,
};
const winery = {
  id: 'winery',
  title: 'Quebrada Honda winery wins gold for its Atacama syrah',
  summary:
    'A small Quebrada Honda vineyard took the top prize at the national wine awards in Santiago for a syrah grown in the desert.',
  published: CASE_NOW - 5 * HOUR,
};
const countryOnly = {
  id: 'country',
  title: 'Chile raises its copper output forecast as new mines start up',
  summary: 'The mining ministry said output would rise 4% this year as two new mines in the north began production.',
  published: CASE_NOW - 3 * HOUR,
};

describe('the join by the event’s own name', () => {
  it('joins a later report of the day naming the event’s place to its established report', () => {
    const shown = rankArticle(article, [firstReport, followUp, countryOnly]);
    expect(shown.get('first')).toBe('same');
    expect(shown.get('follow-up')).toBe('same');
    expect(shown.get('country')).not.toBe('same');
  });

  it('joins nothing by a name another story of the day carries without reporting the event', () => {
    const shown = rankArticle(article, [firstReport, followUp, winery]);
    expect(shown.get('first')).toBe('same');
    expect(shown.get('follow-up')).not.toBe('same');
    expect(shown.get('winery')).not.toBe('same');
  });
});
