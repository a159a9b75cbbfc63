import { describe, expect, it } from 'vitest';
import { coverageOf } from '../context/coverage';
import type { Doc } from '../context/corpus';
import { gazetteerFor } from '../context/gazetteer';
import { lookupFromSources } from '../context/outlets';
import { detailsOf, isSetByHand, languageChoices, MANUAL_OUTLET_ID, outletFromDetails } from './outlet-details';
import { NEW_SOURCE_HEALTH } from '../store/sources';
import type { OutletFacts, Source, Story } from '../types';
import type { CoverageCount } from '../context/types';
import { say } from '../../components/said';
import { coverageGroupName } from '../../components/labels';
import { kyodo } from '../../tests/support/outlet-facts';

/** A bar of the chart as the reader sees it: its name and count. */
const named = (c: CoverageCount) => [coverageGroupName(c.group), c.count];

const nkWatch: OutletFacts = { ...kyodo, catalogueId: 'nk-watch', country: 'KR', focus: ['KP'] };

describe('outlet details set by hand', () => {
  it('become outlet facts marked as set by hand, with the region of the country', () => {
    const result = outletFromDetails({ country: 'JP', ownership: 'private', stateAffiliated: false, language: null });
    expect(result).toEqual({
      ok: true,
      outlet: {
        catalogueId: MANUAL_OUTLET_ID,
        country: 'JP',
        region: 'east-asia',
        language: 'und',
        ownership: 'private',
        stateAffiliated: false,
        focus: [],
      },
    });
    expect(result.ok && isSetByHand(result.outlet)).toBe(true);
    expect(isSetByHand(kyodo)).toBe(false);
    expect(isSetByHand(undefined)).toBe(false);
  });

  it('correct a catalogue outlet, keeping the countries it specialises in', () => {
    const result = outletFromDetails(
      { country: 'eg', ownership: 'state', stateAffiliated: true, language: 'ar' },
      nkWatch,
    );
    expect(result).toEqual({
      ok: true,
      outlet: {
        catalogueId: MANUAL_OUTLET_ID,
        country: 'EG',
        region: 'middle-east',
        language: 'ar',
        ownership: 'state',
        stateAffiliated: true,
        focus: ['KP'],
      },
    });
  });

  it('say in words what is missing or wrong, and store nothing', () => {
    const why = (details: unknown) => {
      const checked = outletFromDetails(details);
      return checked.ok ? null : say(checked.error);
    };
    expect(why({ country: '', ownership: 'private', stateAffiliated: false, language: null })).toBe(
      'Choose the country the outlet is based in from the list (start typing its name, e.g. Japan).',
    );
    expect(why({ country: 'Japan', ownership: 'private' })).toMatch(/Choose the country/);
    expect(why({ country: 'JP', ownership: 'owned by a billionaire' })).toMatch(/Choose who owns the outlet/);
    expect(why({ country: 'JP', ownership: 'private', language: '<b>en</b>' })).toMatch(/language/);
    expect(outletFromDetails(null)).toMatchObject({ ok: false });
    expect(outletFromDetails('JP')).toMatchObject({ ok: false });
  });

  it('start the form from the facts a source has, or empty', () => {
    expect(detailsOf(undefined)).toEqual({ country: '', ownership: '', stateAffiliated: false, language: '' });
    expect(detailsOf(kyodo)).toEqual({
      country: 'Japan',
      ownership: 'wire-agency',
      stateAffiliated: false,
      language: 'en',
    });
    expect(detailsOf({ ...kyodo, language: 'und' }).language).toBe('');
  });

  it('offer languages by name, the catalogue’s among them', () => {
    const names = languageChoices().map((l) => l.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
    for (const tag of ['de', 'el', 'en', 'es', 'it', 'ja', 'ko', 'nl', 'pt', 'ru', 'sv', 'uk'])
      expect(
        languageChoices().some((l) => l.tag === tag),
        tag,
      ).toBe(true);
    expect(languageChoices().find((l) => l.tag === 'ja')?.name).toBe('Japanese');
  });

  it('count a pasted feed under its country in the coverage chart once they are set', () => {
    const gazetteer = gazetteerFor();
    const source = (id: string, outlet?: OutletFacts): Source => ({
      id,
      feedUrl: id,
      title: id,
      homepage: null,
      addedAt: 1,
      health: NEW_SOURCE_HEALTH,
      ...(outlet ? { outlet } : {}),
    });
    const story = (sourceId: string): Story => ({
      id: `https://news.example/${sourceId}`,
      url: `https://news.example/${sourceId}`,
      title: 'A report',
      summary: '',
      outlet: sourceId,
      published: 1,
      dateIsFetchTime: false,
      sourceIds: [sourceId],
      image: null,
      firstSeen: 1,
    });
    const doc = (s: Story): Doc => ({
      kind: 'same',
      story: s,
      url: s.url,
      outlet: s.outlet,
      published: 1,
      sentences: [],
      actorSentences: new Map(),
    });
    const same = [doc(story('pasted-feed'))];
    const chart = (sources: Source[]) => coverageOf(same, sources, lookupFromSources(sources, gazetteer), gazetteer);

    const before = chart([source('pasted-feed')]);
    expect(before.byCountry.map(named)).toEqual([['Unknown country', 1]]);

    const set = outletFromDetails({ country: 'JP', ownership: 'private', stateAffiliated: false, language: null });
    if (!set.ok) throw new Error(say(set.error));
    const after = chart([source('pasted-feed', set.outlet)]);
    expect(after.byCountry.map(named)).toEqual([['Japan', 1]]);
    expect(after.byRegion.map(named)).toEqual([['East Asia', 1]]);
    expect(after.byOwnership.map(named)).toEqual([['Private', 1]]);
  });
});
