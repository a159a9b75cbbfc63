import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { rememberWidth, sidebarWidths, widthFor } from './widths';

describe('sidebar width per site', () => {
  beforeEach(() => fakeBrowser.reset());

  it('remembers the width per site and nothing for others', async () => {
    await rememberWidth('https://news.example', 451.6);
    expect(await widthFor('https://news.example')).toBe(452);
    expect(await widthFor('https://other.example')).toBeNull();
  });

  it('keeps the 200 most recent sites', async () => {
    await sidebarWidths.setValue(
      Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`https://s${i}.example`, 300])),
    );
    await rememberWidth('https://s0.example', 320); // set again: now the newest
    await rememberWidth('https://new.example', 400);
    const all = await sidebarWidths.getValue();
    expect(Object.keys(all)).toHaveLength(200);
    expect(all['https://s1.example']).toBeUndefined();
    expect(all['https://s0.example']).toBe(320);
    expect(all['https://new.example']).toBe(400);
  });
});
