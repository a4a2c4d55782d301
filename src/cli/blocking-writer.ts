import { writeSync } from 'node:fs';

/** Writes bytes to a file descriptor, or throws (EAGAIN when it would block): fs.writeSync's shape. */
export type WriteBytes = (fd: number, bytes: Uint8Array, offset: number, length: number) => number;

/**
 * A writer of standard output that hands each piece to the system before it returns. Through
 * process.stdout, a pipe read more slowly than it is written queues every piece in memory, where
 * the garbage collector copies it again and again while the command still runs. When the
 * descriptor is non-blocking and full (EAGAIN), the rest goes through `stream`, which queues it,
 * and so does everything after it, so that the output keeps its order.
 */
export function synchronousWriter(
  fd: number,
  stream: () => { write(bytes: Uint8Array): unknown },
  write: WriteBytes = writeSync,
): (text: string) => void {
  let queued = false;
  return (text) => {
    const bytes = Buffer.from(text, 'utf8');
    let offset = 0;
    while (!queued && offset < bytes.length) {
      try {
        offset += write(fd, bytes, offset, bytes.length - offset);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
        queued = true;
      }
    }
    if (offset < bytes.length) stream().write(bytes.subarray(offset));
  };
}
