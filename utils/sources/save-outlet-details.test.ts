import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { MANUAL_OUTLET_ID } from './outlet-details';
import { saveOutletDetails } from './save-outlet-details';
import { openSidelightDb } from '../store/db';
import { getSource, NEW_SOURCE_HEALTH, putSource, updateHealth } from '../store/sources';
import type { OutletFacts, Source } from '../types';
import { say } from '../../components/said';
import { kyodo } from '../../tests/support/outlet-facts';

let dbCount = 0;
const freshDb = () => openSidelightDb(`outlet-details-test-${++dbCount}`);

const source = (id: string, outlet?: OutletFacts): Source => ({
  id,
  feedUrl: id,
  title: 'Eastern Desk',
  homepage: null,
  addedAt: 1,
  health: NEW_SOURCE_HEALTH,
  ...(outlet ? { outlet } : {}),
});
const PASTED = 'https://desk.example/feed.xml';
const KYODO_FEED = 'https://kyodo.example/rss.xml';
/** The catalogue knows Kyodo's feed and nothing else. */
const catalogueFacts = async (s: Pick<Source, 'feedUrl'>) => (s.feedUrl === KYODO_FEED ? kyodo : null);

describe('saving outlet details', () => {
  it('stores them on a pasted source, where a later read finds them, and clears them again', async () => {
    const db = await freshDb();
    await putSource(db, source(PASTED));
    const saved = await saveOutletDetails(
      db,
      PASTED,
      { country: 'KR', ownership: 'public-broadcaster', stateAffiliated: false, language: 'ko' },
      catalogueFacts,
    );
    expect(saved.ok).toBe(true);
    const stored = await getSource(db, PASTED);
    expect(stored?.outlet).toEqual({
      catalogueId: MANUAL_OUTLET_ID,
      country: 'KR',
      region: 'east-asia',
      language: 'ko',
      ownership: 'public-broadcaster',
      stateAffiliated: false,
      focus: [],
    });
    expect(stored?.title).toBe('Eastern Desk');

    const cleared = await saveOutletDetails(db, PASTED, null, catalogueFacts);
    expect(cleared.ok).toBe(true);
    const after = await getSource(db, PASTED);
    expect(after && 'outlet' in after).toBe(false);
  });

  it('corrects a catalogue source, and clearing the correction gives the catalogue’s facts back', async () => {
    const db = await freshDb();
    await putSource(db, source(KYODO_FEED, kyodo));
    await saveOutletDetails(
      db,
      KYODO_FEED,
      { country: 'JP', ownership: 'nonprofit', stateAffiliated: false, language: 'en' },
      catalogueFacts,
    );
    expect((await getSource(db, KYODO_FEED))?.outlet).toMatchObject({
      catalogueId: MANUAL_OUTLET_ID,
      ownership: 'nonprofit',
    });
    await saveOutletDetails(db, KYODO_FEED, null, catalogueFacts);
    expect((await getSource(db, KYODO_FEED))?.outlet).toEqual(kyodo);
  });

  it('keeps what a refresh writes at the same time, and the facts survive the refresh', async () => {
    const db = await freshDb();
    await putSource(db, source(PASTED));
    await Promise.all([
      saveOutletDetails(
        db,
        PASTED,
        { country: 'DE', ownership: 'private', stateAffiliated: false, language: null },
        catalogueFacts,
      ),
      updateHealth(db, PASTED, { itemsInLastFetch: 12, lastFetchedAt: 5 }),
    ]);
    const stored = await getSource(db, PASTED);
    expect(stored?.health.itemsInLastFetch).toBe(12);
    expect(stored?.outlet?.country).toBe('DE');
    await updateHealth(db, PASTED, { lastError: 'HTTP 500' });
    expect((await getSource(db, PASTED))?.outlet?.country).toBe('DE');
  });

  it('stores nothing when the details do not check out, and says so in words', async () => {
    const db = await freshDb();
    await putSource(db, source(PASTED));
    const result = await saveOutletDetails(
      db,
      PASTED,
      { country: 'Atlantis', ownership: 'private', stateAffiliated: false, language: null },
      catalogueFacts,
    );
    expect(!result.ok && say(result.error)).toBe(
      'Choose the country the outlet is based in from the list (start typing its name, e.g. Japan).',
    );
    expect((await getSource(db, PASTED))?.outlet).toBeUndefined();
    const gone = await saveOutletDetails(db, 'https://gone.example/feed', null, catalogueFacts);
    expect(!gone.ok && say(gone.error)).toMatch(/no longer among your sources/);
  });
});
