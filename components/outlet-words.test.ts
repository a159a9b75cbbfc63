import { describe, expect, it } from 'vitest';
import { MANUAL_OUTLET_ID } from '../utils/sources/outlet-details';
import { describeOutlet, outletSavedNotice } from './outlet-words';
import { kyodo } from '../tests/support/outlet-facts';

describe('outlet facts on the options page, through the locale file', () => {
  it('read as one line', () => {
    expect(describeOutlet(kyodo)).toBe('Japan · East Asia · Wire agency · English');
    expect(
      describeOutlet({ ...kyodo, country: 'CN', ownership: 'state', stateAffiliated: true, language: 'und' }),
    ).toBe('China · East Asia · State-owned or state-funded · state-affiliated');
  });

  it('are confirmed in words', () => {
    expect(outletSavedNotice('Eastern Desk', { ...kyodo, catalogueId: MANUAL_OUTLET_ID }, false)).toBe(
      'Saved. Coverage now counts Eastern Desk under Japan.',
    );
    expect(outletSavedNotice('Eastern Desk', undefined, true)).toBe("Cleared: Eastern Desk's outlet is unknown again.");
    expect(outletSavedNotice('Kyodo News', kyodo, true)).toBe(
      "Cleared your details: Kyodo News has the catalogue's details again.",
    );
  });
});
