import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { packText } from '../core/index.ts';

// packText counted: the page's own packing of a text is a long task, done only when needed.
vi.mock('../core/index.ts', async (original) => {
  const core = await original<typeof import('../core/index.ts')>();
  return { ...core, packText: vi.fn(core.packText) };
});
import { MemoryStorage, open } from './session-testing.ts';
import { PACK_WAIT_MS } from './workspace-session.ts';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('WorkspaceSession: a long text is packed in the background before it is stored', () => {
  const longDocument = (mark: string) =>
    JSON.stringify({
      mark,
      Statement: Array.from({ length: 8000 }, (_, i) => ({ Sid: `S${i}` })),
    });
  const storedDocument = (memory: MemoryStorage) =>
    open(memory, 'reloaded').app.scenario.policies[0]?.document;

  /** The real packText, answering when the test says, as the worker does some time later. */
  function slowPacker() {
    const asked: { text: string; signal: AbortSignal; answer(): void; fail(): void }[] = [];
    const pack = (text: string, signal: AbortSignal) =>
      new Promise<string>((resolve, reject) =>
        asked.push({
          text,
          signal,
          answer: () => resolve(packText(text)),
          fail: () => reject(new Error('worker failed')),
        }),
      );
    return { asked, pack };
  }

  /** Runs the clock until the save asks the packer for `count` texts in all. */
  function untilAsked(packer: ReturnType<typeof slowPacker>, count = 1) {
    while (packer.asked.length < count) vi.advanceTimersByTime(1);
  }

  /** A tab whose packer answers when the test says, after an edit of a long text it saves. */
  function editedWhilePacking(mark: string) {
    const memory = new MemoryStorage();
    const packer = slowPacker();
    const { app, session } = open(memory, 'a', '', packer.pack);
    app.edit(longDocument(mark));
    untilAsked(packer);
    return { memory, packer, app, session };
  }

  it('is unsaved while it is packed, and stored packed when the packer answers', async () => {
    const { memory, packer, session } = editedWhilePacking('one');
    expect(packer.asked).toHaveLength(1);
    expect(session.hasUnsavedChanges()).toBe(true);
    expect(storedDocument(memory)).not.toBe(longDocument('one'));
    packer.asked[0]!.answer();
    await vi.runAllTimersAsync();
    expect(session.hasUnsavedChanges()).toBe(false);
    expect(storedDocument(memory)).toBe(longDocument('one'));
    expect([...memory.items.values()].some((value) => value.includes('\nzlib,base64url:'))).toBe(
      true,
    );
  });

  it('an edit while the text is packed: the packed older text is never stored', async () => {
    const { memory, packer, app } = editedWhilePacking('older');
    app.edit(longDocument('newer'));
    expect(packer.asked[0]!.signal.aborted).toBe(true);
    packer.asked[0]!.answer();
    await vi.runAllTimersAsync();
    expect(storedDocument(memory)).not.toBe(longDocument('older'));
    untilAsked(packer, 2);
    packer.asked[1]!.answer();
    await vi.runAllTimersAsync();
    expect(storedDocument(memory)).toBe(longDocument('newer'));
  });

  it('an edit while the text is packed: when the stopped packer fails, the older text is not packed here', async () => {
    const { packer, app } = editedWhilePacking('stopped');
    vi.mocked(packText).mockClear();
    app.edit(longDocument('after the stop'));
    // A worker job stopped by its signal fails, as the app's packer does then.
    packer.asked[0]!.fail();
    await vi.runAllTimersAsync();
    const packedHere = vi.mocked(packText).mock.calls.map(([text]) => text);
    expect(packedHere.some((text) => text.includes('"stopped'))).toBe(false);
  });

  it('before unload, a text still being packed is packed and stored at once', () => {
    const { memory, session } = editedWhilePacking('leaving');
    expect(session.saveBeforeUnload()).toBe(false);
    expect(storedDocument(memory)).toBe(longDocument('leaving'));
  });

  it('a packer that does not answer in time: the text is packed here, and its late answer ignored', async () => {
    const { memory, packer, session } = editedWhilePacking('busy worker');
    vi.advanceTimersByTime(PACK_WAIT_MS - 1);
    expect(session.hasUnsavedChanges()).toBe(true);
    vi.advanceTimersByTime(1);
    expect(session.hasUnsavedChanges()).toBe(false);
    expect(storedDocument(memory)).toBe(longDocument('busy worker'));
    expect(packer.asked[0]!.signal.aborted).toBe(true);
    const saved = [...memory.items.entries()];
    packer.asked[0]!.answer();
    await vi.runAllTimersAsync();
    expect([...memory.items.entries()]).toEqual(saved);
  });

  it('a packer that fails: the text is packed here and stored all the same', async () => {
    const { memory, packer, session } = editedWhilePacking('kept');
    packer.asked[0]!.fail();
    await vi.runAllTimersAsync();
    expect(session.hasUnsavedChanges()).toBe(false);
    expect(storedDocument(memory)).toBe(longDocument('kept'));
  });
});
