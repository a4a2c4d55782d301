/** A stream of the process (process.stdout, process.stderr), with the libuv handle Node gives it. */
export interface ProcessStream {
  write(piece: string | Uint8Array): unknown;
  /** The error of a failed write, set as the write fails (its 'error' event comes later). */
  readonly errored?: Error | null;
  _handle?: { setBlocking?(blocking: boolean): unknown } | null;
}

/**
 * A writer to a stream of the process that hands each piece to the system before it returns. Node
 * makes a pipe non-blocking (as soon as the command line's loader starts its thread), so a pipe
 * read more slowly than simulate writes would queue the output in memory, where the garbage
 * collector copies it again and again while the command runs, and a process.exit() would cut it.
 * Made blocking, as Node makes terminals, the pipe takes each piece whole. Files have no handle
 * and are written synchronously already. A write that fails (a full disk, a reader gone) throws at
 * once: its 'error' event would come after the command has exited.
 */
export function blockingWriter(open: () => ProcessStream): (piece: string | Uint8Array) => void {
  let stream: ProcessStream | undefined;
  return (piece) => {
    if (!stream) {
      stream = open();
      stream._handle?.setBlocking?.(true);
    }
    stream.write(piece);
    if (stream.errored) throw stream.errored;
  };
}
