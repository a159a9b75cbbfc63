import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMessagesFile } from '@wxt-dev/i18n/build';

const root = resolve(import.meta.dirname, '../..');

/** Every .ts/.tsx file under a folder, tests excluded (they read strings, they do not own keys). */
function sources(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

// utils/background too: the worker words what it shows itself (the toolbar button's tooltip); ui-locale.ts reads
// the file's own language.
const code = [
  ...sources('components'),
  ...sources('entrypoints'),
  ...sources('utils/background'),
  join(root, 'utils/format/ui-locale.ts'),
  join(root, 'wxt.config.ts'),
]
  .map((f) => readFileSync(f, 'utf8'))
  .join('\n');
// i18n.t('key', …) and counted('key', …) in components, entrypoints and the worker; __MSG_key__ in the manifest.
const used = new Set([
  ...[...code.matchAll(/\b(?:i18n\.t|counted)\(\s*'([^']+)'/g)].map((m) => m[1] ?? ''),
  ...[...code.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1] ?? ''),
]);
const defined = (await parseMessagesFile(join(root, 'locales/en.yml')))
  .map((m) => m.key.join('.'))
  .filter((k) => !k.startsWith('@@'));

describe('locales/en.yml', () => {
  it('defines every key the code uses', () => {
    expect([...used].filter((k) => !defined.includes(k))).toEqual([]);
  });

  it('has no key the code does not use', () => {
    expect(defined.filter((k) => !used.has(k))).toEqual([]);
  });

  it('is what the code reads: the context view and options headings the UI contract names', async () => {
    const { i18n } = await import('#i18n');
    expect([
      i18n.t('context.sameHeading'),
      i18n.t('context.relatedHeading'),
      i18n.t('stakes.heading'),
      i18n.t('timeline.heading'),
      i18n.t('coverage.heading'),
    ]).toEqual(['Same story', 'Related background', 'Stakes', 'Timeline', 'Coverage']);
    expect(i18n.t('count.sources', 1, ['1'])).toBe('1 source');
    expect(i18n.t('count.sources', 2, ['2'])).toBe('2 sources');
    const { counted } = await import('../../components/counted');
    expect([counted('count.stories', 1), counted('count.stories', 1204)]).toEqual(['1 story', '1,204 stories']);
  });
});
