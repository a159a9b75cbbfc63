import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';

type ManifestFn = (env: {
  mode: string;
  browser: string;
  manifestVersion: 3;
  command: 'build';
}) => Record<string, unknown>;
const manifest = (mode: string, browser = 'chrome') =>
  (config.manifest as ManifestFn)({ mode, browser, manifestVersion: 3, command: 'build' });

describe('manifest permissions', () => {
  it('installs with the minimum and asks for feed sites later', () => {
    const production = manifest('production');
    expect(production.permissions).toEqual([
      'storage',
      'unlimitedStorage',
      'alarms',
      'activeTab',
      'scripting',
      'contextMenus',
    ]);
    expect(production.optional_host_permissions).toEqual(['*://*/*']);
    expect(production.host_permissions).toEqual([]);
  });

  it('only test builds hold loopback (pages and feeds served by the e2e) and the catalogue sites (no prompt to click)', () => {
    const hosts = manifest('test').host_permissions as string[];
    expect(hosts.slice(0, 2)).toEqual(['http://127.0.0.1/*', 'http://localhost/*']);
    expect(hosts.length).toBeGreaterThan(80);
    expect(hosts.every((h) => /^https?:\/\/[^/*]+\/\*$/.test(h))).toBe(true);
    expect(manifest('development').host_permissions).toEqual([]);
  });

  it('has a keyboard shortcut that toggles the sidebar (Alt+Shift+S unless the reader changes it)', async () => {
    expect(manifest('production').commands).toEqual({
      'toggle-sidebar': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandToggleSidebar__',
      },
    });
    // The browser's shortcuts page shows the message in the reader's language; in English:
    const { i18n } = await import('#i18n');
    expect(i18n.t('commandToggleSidebar')).toBe('Open or close the Sidelight sidebar on this tab');
  });

  it('gives Firefox a fixed add-on id and minimum versions, and sites as optional permissions; web-accessible pages only in test builds', () => {
    const firefox = manifest('production', 'firefox');
    expect(firefox.browser_specific_settings).toEqual({
      gecko: {
        id: 'sidelight@sidelight-extension.org',
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    });
    expect(firefox.optional_permissions).toEqual(['*://*/*']);
    expect(firefox.web_accessible_resources).toBeUndefined();
    expect(manifest('test', 'firefox').web_accessible_resources).toEqual(['options.html', 'popup.html']);
    expect(manifest('production').browser_specific_settings).toBeUndefined();
  });
});
