/**
 * A second locale file made from locales/en.yml: every message wrapped in ⟦ ⟧, placeholders kept. Swapped in for
 * browser.i18n.getMessage, it shows which words on a view do not come from the locale file (they are left
 * outside any ⟦ ⟧), and so proves that a translation is a file, not a code change.
 */
import { resolve } from 'node:path';
import { generateChromeMessages, parseMessagesFile, type ParsedMessage } from '@wxt-dev/i18n/build';
import { fakeBrowser } from 'wxt/testing/fake-browser';

const wrap = (text: string) => `⟦${text}⟧`;

/** locales/en.yml with every message wrapped, in the messages.json form the extension ships. */
export async function pseudoMessages(): Promise<Record<string, { message: string }>> {
  const english = await parseMessagesFile(resolve(process.cwd(), 'locales/en.yml'));
  const pseudo: ParsedMessage[] = english.map((m) => {
    if (m.key[0]?.startsWith('@@')) return m;
    if (m.type === 'plural')
      return { ...m, plurals: Object.fromEntries(Object.entries(m.plurals).map(([n, t]) => [n, wrap(t)])) };
    return { ...m, message: wrap(m.message) };
  });
  return generateChromeMessages(pseudo) as Record<string, { message: string }>;
}

/** Runs `body` with browser.i18n answering from `messages`, then puts the English back. */
export function withMessages<T>(messages: Record<string, { message: string }>, body: () => T): T {
  const english = fakeBrowser.i18n.getMessage;
  fakeBrowser.i18n.getMessage = ((name: string, subs?: string | string[]) => {
    const entry = messages[name];
    if (!entry) return '';
    const list = subs == null ? [] : Array.isArray(subs) ? subs : [subs];
    return entry.message.replace(/\$(\$|[1-9])/g, (_, d: string) => (d === '$' ? '$' : (list[Number(d) - 1] ?? '')));
  }) as typeof fakeBrowser.i18n.getMessage;
  try {
    return body();
  } finally {
    fakeBrowser.i18n.getMessage = english;
  }
}

/** The text of rendered markup (and its aria-label and title attributes) left outside every ⟦ ⟧. */
export function outsideLocale(html: string): string {
  const attributes = [...html.matchAll(/\s(?:aria-label|title|placeholder)="([^"]*)"/g)].map((m) => m[1] ?? '');
  let text = [html.replace(/<[^>]*>/g, ' '), ...attributes]
    .join(' ')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
  for (let before = ''; before !== text;) [before, text] = [text, text.replace(/⟦[^⟦⟧]*⟧/g, ' ')];
  return text.replace(/\s+/g, ' ').trim();
}
