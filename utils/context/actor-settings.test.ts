import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { actorSettings } from '../settings';
import { sanitizeActorSettings } from './actor-settings';

describe('actor settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('starts empty, and keeps what the reader saved (version 1)', async () => {
    expect(await actorSettings.getValue()).toEqual({ pinned: [], people: [] });
    const saved = {
      pinned: ['CHN', 'org:NATO'],
      people: [{ name: 'Sanae Takaichi', actor: 'JPN', role: 'Prime minister' }],
    };
    await actorSettings.setValue(saved);
    expect(await actorSettings.getValue()).toEqual(saved);
    // The stored shape: the plain object under "actorSettings", as a version-1 value written earlier reads back.
    expect(await fakeBrowser.storage.local.get('actorSettings')).toEqual({ actorSettings: saved });
    await fakeBrowser.storage.local.set({ actorSettings: { pinned: ['UKR'], people: [] } });
    expect(await actorSettings.getValue()).toEqual({ pinned: ['UKR'], people: [] });
  });

  it('reads a damaged value losing only the damaged entries', () => {
    expect(sanitizeActorSettings(null)).toEqual({ pinned: [], people: [] });
    expect(
      sanitizeActorSettings({
        pinned: ['CHN', 3, ' CHN ', '', 'RUS'],
        people: [
          { name: 'A Person', actor: 'FRA', role: 'Minister' },
          { name: '', actor: 'FRA' },
          { name: 'Forgotten', actor: null },
          'junk',
        ],
      }),
    ).toEqual({
      pinned: ['CHN', 'RUS'],
      people: [
        { name: 'A Person', actor: 'FRA', role: 'Minister' },
        { name: 'Forgotten', actor: null, role: '' },
      ],
    });
  });
});
