import { describe, expect, it } from 'vitest';
import { blockingWriter, type ProcessStream } from './blocking-writer.ts';

describe('blockingWriter', () => {
  it('opens the stream at the first piece, makes its handle blocking, then writes in order', () => {
    const events: string[] = [];
    let opened = 0;
    const write = blockingWriter((): ProcessStream => {
      opened += 1;
      return {
        write: (text) => events.push(`write ${text}`),
        _handle: { setBlocking: (blocking) => events.push(`blocking ${blocking}`) },
      };
    });
    expect(opened).toBe(0);
    write('a');
    write('b');
    expect(opened).toBe(1);
    expect(events).toEqual(['blocking true', 'write a', 'write b']);
  });

  it('throws the error of a write that failed', () => {
    const full = new Error('ENOSPC: no space left on device, write');
    const stream = { errored: null as Error | null, write: () => (stream.errored = full) };
    const write = blockingWriter(() => stream);
    expect(() => write('x')).toThrow(full);
  });

  it('writes to a stream without a handle (a file) as it is', () => {
    const written: string[] = [];
    const write = blockingWriter(() => ({ write: (text: string) => written.push(text) }));
    write('x');
    expect(written).toEqual(['x']);
  });
});
