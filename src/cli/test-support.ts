import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { fileChunks } from './file-chunks.ts';
import type { CliIo } from './io.ts';
import { runCli as runCommand } from './main.ts';

/** Tests only: the command line's own code, in this process or in a new one as a user starts it. */

export const CLI_BIN = join(import.meta.dirname, '..', '..', 'bin', 'iam-policy-studio.mjs');

/** The get-account-authorization-details output written from AWS's documented example. */
export const GAAD_FIXTURE = join(
  import.meta.dirname,
  '..',
  'core',
  'account',
  '__fixtures__',
  'gaad.json',
);

/** A busy machine can take seconds to start a Node process: give each test this long. */
export const SPAWN_TIMEOUT = 60_000;

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `iam-policy-studio ...args` with `input` on standard input: in this process, through the
 * same entry point and the CliIo a process gives it, its files read and its output taken as the
 * process would; given `cwd`, in a new Node process started there (spawnCli). A process costs
 * most of a second to start, which the command line's many tests would otherwise pay each time.
 */
export function runCli(args: readonly string[], input?: string, cwd?: string): CliRun {
  if (cwd !== undefined) return spawnCli(args, input, cwd);
  let stdout = '';
  let stderr = '';
  const decoder = new TextDecoder();
  const io: CliIo = {
    readInput: (path) => (path === '-' ? Buffer.from(input ?? '') : readFileSync(path)),
    readChunks: fileChunks,
    stdout: (piece) =>
      (stdout += typeof piece === 'string' ? piece : decoder.decode(piece, { stream: true })),
    stderr: (text) => (stderr += text),
  };
  const status = runCommand(args, io);
  return { status, stdout, stderr };
}

/** Runs `iam-policy-studio ...args` as a user does: bin/iam-policy-studio.mjs in a new Node process. */
export function spawnCli(args: readonly string[], input?: string, cwd?: string): CliRun {
  const result = spawnSync(process.execPath, [CLI_BIN, ...args], {
    cwd,
    encoding: 'utf8',
    input,
    timeout: SPAWN_TIMEOUT,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A new temporary folder, removed after all the tests of the file that calls this. */
export function tempFolder() {
  const dir = mkdtempSync(join(tmpdir(), 'iam-studio-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  /** Writes `content` to `name` in the folder and returns the file's path. */
  const file = (name: string, content: string | Uint8Array) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };
  return { dir, file };
}
