import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import autoShow from '../../entrypoints/auto-show.content';
import extractor from '../../entrypoints/extractor.content';
import sidebar from '../../entrypoints/sidebar.content/index';

describe('content scripts', () => {
  it("never tell the page the extension's id: WXT's start-up postMessage(…, '*') is off in every one", () => {
    const entrypoints = path.resolve(import.meta.dirname, '../../entrypoints');
    // A new content script must be added here, so it is checked too.
    expect(readdirSync(entrypoints).filter((name) => name.includes('.content'))).toEqual([
      'auto-show.content.ts',
      'extractor.content.ts',
      'sidebar.content',
    ]);
    for (const script of [autoShow, extractor, sidebar]) expect(script.noScriptStartedPostMessage).toBe(true);
  });
});
