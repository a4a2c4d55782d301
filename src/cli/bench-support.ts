import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { benchLogFile } from './events-bench-records.ts';

/**
 * Benches only: what the command-line benches (events.bench.ts, replay-bench.ts) share. Not
 * test-support.ts, which loads Vitest and the command's code: replay-bench.ts runs under tsx
 * (scripts/bench.ts).
 */

/** The command as a user starts it: bin/iam-policy-studio.mjs, run in a new Node process. */
export const CLI_BIN = join(import.meta.dirname, '..', '..', 'bin', 'iam-policy-studio.mjs');

/**
 * Writes `events` generated CloudTrail events (events-bench-records.ts) into `folder` as `files`
 * .json.gz log files of as many events each, `log-0.json.gz` on.
 */
export function writeBenchLogFiles(folder: string, events: number, files: number): void {
  const perFile = events / files;
  for (let file = 0; file < files; file += 1)
    writeFileSync(
      join(folder, `log-${file}.json.gz`),
      gzipSync(benchLogFile(file * perFile, perFile)),
    );
}
