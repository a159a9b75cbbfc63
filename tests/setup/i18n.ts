/**
 * Vitest setup: WXT's fake browser has no `i18n.getMessage`, so this one answers from locales/en.yml, built into
 * the same messages.json form the extension ships (via @wxt-dev/i18n's own build functions). Tests therefore
 * see the real English strings, and a missing key reads as "" exactly as in the browser.
 */
import { resolve } from 'node:path';
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// From the project root (vitest's working directory): under jsdom, import.meta.url is not a file URL.
const file = resolve(process.cwd(), 'locales/en.yml');
const messages = generateChromeMessages(await parseMessagesFile(file)) as Record<string, { message: string }>;

/** `$1`…`$9` replaced as browser.i18n does; `$$` is a literal dollar sign. */
function substitute(message: string, subs: string[]): string {
  return message.replace(/\$(\$|[1-9])/g, (_, d: string) => (d === '$' ? '$' : (subs[Number(d) - 1] ?? '')));
}

fakeBrowser.i18n.getMessage = ((name: string, subs?: string | string[]) => {
  const entry = messages[name];
  if (!entry) return '';
  return substitute(entry.message, subs == null ? [] : Array.isArray(subs) ? subs : [subs]);
}) as typeof fakeBrowser.i18n.getMessage;
fakeBrowser.i18n.getUILanguage = () => 'en';
