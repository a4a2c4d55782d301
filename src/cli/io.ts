import { isAscii } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { decodeJsonText } from '../core/index.ts';
import { blockingWriter } from './blocking-writer.ts';
import { fileChunks, type FileChunks } from './file-chunks.ts';

/** What a command may touch: injected so tests can run commands without a process. */
export interface CliIo {
  readInput(path: string): Uint8Array;
  /** The file at `path` (not standard input) as text in chunks, where the command can read so. */
  readChunks?(path: string): FileChunks;
  /** A piece of standard output: text, or its UTF-8 bytes, written (or copied) before it returns. */
  stdout(piece: string | Uint8Array): void;
  stderr(text: string): void;
}

export const processIo: CliIo = {
  readInput: (path) => readFileSync(path === '-' ? 0 : path),
  readChunks: fileChunks,
  stdout: blockingWriter(() => process.stdout),
  stderr: blockingWriter(() => process.stderr),
};

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_INVALID_INPUT = 2;

/**
 * The text of ASCII bytes without a NUL, which every reading of them agrees on: Node keeps the
 * text of a large file outside the JavaScript heap then (an external string), where the garbage
 * collector neither copies it nor counts it against the heap's limits, as it does the text
 * TextDecoder makes.
 */
function asciiText(bytes: Uint8Array): string | undefined {
  if (!isAscii(bytes) || bytes.indexOf(0) >= 0) return undefined;
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}

/**
 * Reads FILE (or standard input for `-`) as UTF-8 text; reports why and where it cannot be read,
 * and returns undefined, when it cannot.
 */
export function readInput(io: CliIo, path: string): string | undefined {
  let bytes: Uint8Array;
  try {
    bytes = io.readInput(path);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    io.stderr(`${path}: cannot read: ${reason}\n`);
    return undefined;
  }
  const ascii = asciiText(bytes);
  if (ascii !== undefined) return ascii;
  const decoded = decodeJsonText(bytes);
  if (decoded.ok) return decoded.text;
  io.stderr(`${path}:${decoded.line}:${decoded.column}: error: ${decoded.message}\n`);
  return undefined;
}
