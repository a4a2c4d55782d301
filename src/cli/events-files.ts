import { closeSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { CloudTrailImport } from '../core/index.ts';
import type { CliIo } from './io.ts';

/** Bytes read at a time: a log of any size is pushed to the reader piece by piece. */
const PIECE = 1 << 20;

/** LOGS as the files to read: a folder stands for the files under it, in name order; `-` for standard input. */
export function expandLogPaths(paths: readonly string[]): string[] | string {
  const files: string[] = [];
  for (const path of paths) {
    if (path === '-') {
      files.push(path);
      continue;
    }
    try {
      if (statSync(path).isDirectory()) files.push(...filesUnder(path));
      else files.push(path);
    } catch (error) {
      return `${path}: error: cannot read it (${(error as NodeJS.ErrnoException).code ?? String(error)})`;
    }
  }
  return files;
}

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => !entry.name.startsWith('.'))
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) return filesUnder(path);
      return entry.isFile() ? [path] : [];
    });
}

/** Reads one file (or standard input) into the import; what went wrong, located, or undefined. */
export function readLogFile(
  io: CliIo,
  reading: CloudTrailImport,
  path: string,
): string | undefined {
  const source = reading.open(path);
  try {
    if (path === '-') source.push(io.readInput(path));
    else {
      const fd = openSync(path, 'r');
      try {
        for (;;) {
          const piece = new Uint8Array(PIECE);
          const read = readSync(fd, piece, 0, PIECE, null);
          if (read === 0) break;
          source.push(piece.subarray(0, read));
        }
      } finally {
        closeSync(fd);
      }
    }
  } catch (error) {
    return `${path}: error: cannot read it (${(error as NodeJS.ErrnoException).code ?? String(error)})`;
  }
  source.close();
  return undefined;
}
