import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/** Tests only: the real command line, each run a new Node process as a user starts it. */

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'iam-policy-studio.mjs');

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

/** Runs `iam-policy-studio ...args`, with `input` on standard input. */
export function runCli(args: readonly string[], input?: string): CliRun {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    input,
    timeout: SPAWN_TIMEOUT,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
