import { isAscii } from 'node:buffer';
import { closeSync, openSync, readSync } from 'node:fs';
import type { TextChunks } from '../core/index.ts';

/** A chunk's size: a slice of requests (64 K characters) is about one chunk of bytes. */
const CHUNK_BYTES = 64 * 1024;

/** The file could not be read on as text, for readInput to say why and where. */
export class ChunkReadError extends Error {}

/** A file's text in chunks, and what closes the file when its reader stops early. */
export type FileChunks = TextChunks & { close(): void };

function startsWithByteOrderMark(bytes: Uint8Array): boolean {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

/**
 * The text of the file at `path`, a chunk at a time, read through one buffer: a large file is never
 * one buffer and one string in memory. Decoded as readInput decodes a whole file (UTF-8, a byte
 * order mark at the start ignored); a NUL byte, bytes that are not UTF-8 or a failed read throw a
 * ChunkReadError, and readInput, reading the whole file, then says what and where.
 */
export function fileChunks(path: string): FileChunks {
  const fd = openSync(path, 'r');
  const buffer = Buffer.allocUnsafeSlow(CHUNK_BYTES);
  let open = true;
  let first = true;
  // Once a chunk is not ASCII, the decoder reads the rest: it holds a sequence a chunk's end cuts.
  let decoder: TextDecoder | undefined;
  const close = () => {
    if (open) closeSync(fd);
    open = false;
  };
  const next = (): string | undefined => {
    if (!open) return undefined;
    const length = readSync(fd, buffer, 0, CHUNK_BYTES, null);
    if (length === 0) {
      close();
      // A fatal decoder throws here on a sequence the file's end cut.
      decoder?.decode();
      return undefined;
    }
    const start = first && startsWithByteOrderMark(buffer) ? 3 : 0;
    first = false;
    const bytes = buffer.subarray(start, length);
    if (bytes.indexOf(0) >= 0) throw new ChunkReadError('a NUL byte');
    if (decoder === undefined && isAscii(bytes)) return buffer.toString('latin1', start, length);
    decoder ??= new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    return decoder.decode(bytes, { stream: true });
  };
  return Object.assign(
    () => {
      try {
        return next();
      } catch (error) {
        close();
        throw error instanceof ChunkReadError ? error : new ChunkReadError(String(error));
      }
    },
    { close },
  );
}
