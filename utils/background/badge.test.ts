import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import { NEW_SOURCE_HEALTH } from '../store/sources';
import type { Source } from '../types';
import { showSameStoryCount, updateFailureBadge } from './badge';

const source = (title: string, lastError: string | null): Source => ({
  id: title,
  feedUrl: `https://${title}.example/feed`,
  title,
  homepage: null,
  addedAt: 0,
  health: { ...NEW_SOURCE_HEALTH, lastError },
});

describe('updateFailureBadge', () => {
  beforeEach(() => fakeBrowser.reset());

  it('counts failing sources on the toolbar icon and names them in its tooltip', async () => {
    await updateFailureBadge([
      source('Alpha', 'HTTP 404 (Not Found)'),
      source('Beta', null),
      source('Gamma', 'timed out after 20 s'),
    ]);
    expect(await browser.action.getBadgeText({})).toBe('2');
    expect(await browser.action.getTitle({})).toMatch(/2 sources failed to refresh: Alpha, Gamma\./);
    await updateFailureBadge(['A', 'B', 'C', 'D', 'E'].map((t) => source(t, 'HTTP 500')));
    expect(await browser.action.getTitle({})).toBe(
      "Sidelight\n5 sources failed to refresh: A, B, C and 2 more. See Sidelight's options for why.",
    );
    await updateFailureBadge([source('Alpha', 'HTTP 500')]);
    expect(await browser.action.getTitle({})).toMatch(/\n1 source failed to refresh: Alpha\./);
  });

  it('clears the badge once nothing fails', async () => {
    await updateFailureBadge([source('Alpha', 'HTTP 404 (Not Found)')]);
    await updateFailureBadge([source('Alpha', null)]);
    expect(await browser.action.getBadgeText({})).toBe('');
    expect(await browser.action.getTitle({})).toBe('Sidelight');
  });
});

describe('showSameStoryCount', () => {
  beforeEach(() => fakeBrowser.reset());

  it("counts a tab's Same story rows on that tab only, and clears them for a page with none", async () => {
    await showSameStoryCount(7, { state: 'article', same: [1, 2, 3] });
    expect(await browser.action.getBadgeText({ tabId: 7 })).toBe('3');
    expect(await browser.action.getTitle({ tabId: 7 })).toBe('Sidelight\n3 other reports of this story');
    await showSameStoryCount(7, { state: 'article', same: [1] });
    expect(await browser.action.getTitle({ tabId: 7 })).toBe('Sidelight\n1 other report of this story');
    expect(await browser.action.getBadgeText({})).toBe('');
    await showSameStoryCount(7, { state: 'not-article' });
    expect(await browser.action.getBadgeText({ tabId: 7 })).toBe('');
  });
});
