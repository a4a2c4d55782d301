import { describe, expect, it } from 'vitest';
import { synchronousWriter, type WriteBytes } from './stdout-writer.ts';

const decoder = new TextDecoder();

/** A descriptor that takes at most `max` bytes a call, and after `capacity` bytes says EAGAIN. */
function descriptor(max: number, capacity = Infinity) {
  const written: string[] = [];
  let taken = 0;
  const write: WriteBytes = (_fd, bytes, offset, length) => {
    if (taken >= capacity) throw Object.assign(new Error('EAGAIN'), { code: 'EAGAIN' });
    const count = Math.min(length, max, capacity - taken);
    written.push(decoder.decode(bytes.subarray(offset, offset + count)));
    taken += count;
    return count;
  };
  return { write, written };
}

function stream() {
  const queued: string[] = [];
  return {
    queued,
    open: () => ({ write: (bytes: Uint8Array) => queued.push(decoder.decode(bytes)) }),
  };
}

describe('synchronousWriter', () => {
  it('writes every byte in order when the system takes a piece at a time', () => {
    const fd = descriptor(3);
    const queue = stream();
    const write = synchronousWriter(1, queue.open, fd.write);
    write('{"a": "é€"}');
    write('\n');
    expect(fd.written.join('')).toBe('{"a": "é€"}\n');
    expect(queue.queued).toEqual([]);
  });

  it('hands the rest, and every later piece, to the stream once the descriptor would block', () => {
    const fd = descriptor(100, 4);
    const queue = stream();
    const write = synchronousWriter(1, queue.open, fd.write);
    write('abcdef');
    write('gh');
    expect(fd.written.join('')).toBe('abcd');
    expect(queue.queued).toEqual(['ef', 'gh']);
  });

  it('lets any other error through', () => {
    const write = synchronousWriter(
      1,
      () => ({ write: () => undefined }),
      () => {
        throw Object.assign(new Error('EPIPE'), { code: 'EPIPE' });
      },
    );
    expect(() => write('x')).toThrow('EPIPE');
  });
});
