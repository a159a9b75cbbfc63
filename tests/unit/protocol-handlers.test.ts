import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it, vi } from 'vitest';
import { registerHandlers } from '../../utils/background/handlers';

/** Every message name the worker registers a handler for, in registration order (repeats kept). */
const registered = vi.hoisted(() => [] as string[]);

vi.mock('../../utils/messages', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../utils/messages')>();
  const onMessage: typeof original.onMessage = (type, handler) => {
    registered.push(type);
    return original.onMessage(type, handler);
  };
  return { ...original, onMessage };
});

/** The ProtocolMap's message names, read from the source (a TypeScript interface leaves nothing at run time). */
function protocolMessages(): string[] {
  const path = new URL('../../utils/messages.ts', import.meta.url);
  const source = ts.createSourceFile('messages.ts', readFileSync(path, 'utf8'), ts.ScriptTarget.Latest);
  const protocol = source.statements.find(
    (s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === 'ProtocolMap',
  );
  if (!protocol) throw new Error('utils/messages.ts declares no ProtocolMap interface');
  return protocol.members.map((m) =>
    m.name && ts.isIdentifier(m.name) ? m.name.text : `<unnamed member ${m.getText(source)}>`,
  );
}

describe('the message protocol', () => {
  it('has exactly one handler registered in the worker for each message, and none beyond it', () => {
    registerHandlers();
    const messages = protocolMessages();
    expect(messages.length).toBeGreaterThan(15);
    const repeated = registered.filter((name, i) => registered.indexOf(name) !== i);
    expect(repeated, 'messages with more than one handler').toEqual([]);
    expect(
      messages.filter((m) => !registered.includes(m)),
      'messages without a handler',
    ).toEqual([]);
    expect(
      registered.filter((r) => !messages.includes(r)),
      'handlers for messages the protocol does not declare',
    ).toEqual([]);
  });
});
