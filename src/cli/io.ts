import { readFileSync } from 'node:fs';

/** What a command may touch: injected so tests can run commands without a process. */
export interface CliIo {
  readInput(path: string): string;
  stdout(text: string): void;
  stderr(text: string): void;
}

export const processIo: CliIo = {
  readInput: (path) => readFileSync(path === '-' ? 0 : path, 'utf8'),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_INVALID_INPUT = 2;

/** Reads FILE (or standard input for `-`); reports the failure and returns undefined when it cannot. */
export function readInput(io: CliIo, path: string): string | undefined {
  try {
    return io.readInput(path);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    io.stderr(`${path}: cannot read: ${reason}\n`);
    return undefined;
  }
}
