import { outletFromDetails } from './outlet-details';
import type { SidelightDb } from '../store/db';
import { getSource, setSourceOutlet } from '../store/sources';
import type { OutletFacts, Source } from '../types';
import type { Outcome } from '../result';
import { said } from '../said';

/** What saving or clearing a source's outlet facts did: the source as stored now, or why not. */
export type SaveOutletResult = Outcome<{ source: Source }>;

const GONE = said('source.gone');

/**
 * Stores the outlet facts a person set for a source (`details`), or with null clears the ones they set: the
 * source then gets the catalogue's facts again when its feed belongs to a catalogue outlet (`catalogueFacts`,
 * injected so this runs in Node), and none otherwise. Nothing is stored when the details do not check out.
 */
export async function saveOutletDetails(
  db: SidelightDb,
  sourceId: string,
  details: unknown,
  catalogueFacts: (source: Source) => Promise<OutletFacts | null>,
): Promise<SaveOutletResult> {
  const source = await getSource(db, sourceId);
  if (!source) return { ok: false, error: GONE };
  let outlet: OutletFacts | null;
  if (details === null) {
    const { outlet: _theirs, ...bare } = source;
    outlet = await catalogueFacts(bare);
  } else {
    const checked = outletFromDetails(details, source.outlet);
    if (!checked.ok) return checked;
    outlet = checked.outlet;
  }
  const updated = await setSourceOutlet(db, sourceId, outlet);
  return updated ? { ok: true, source: updated } : { ok: false, error: GONE };
}
