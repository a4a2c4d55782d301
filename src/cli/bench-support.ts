import { spawnSync } from 'node:child_process';
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

/** The variable naming extra CA certificates, which Node 20 reads as it starts (timedCommandEnv). */
export const EXTRA_CA_CERTS = 'NODE_EXTRA_CA_CERTS';

/**
 * The environment a command is timed in: this one without NODE_EXTRA_CA_CERTS. Node 20 with
 * OpenSSL 3 loads the certificates it names as the process starts, before any JavaScript runs
 * (nodejs/node issue 40524, "Openssl 3 with NODE_EXTRA_CA_CERTS slows down node.js startup"): with
 * the bundle a sandbox sets it to, `node -e 0` took 110 ms instead of 35. The command line makes no
 * network connection, so the certificates are of no use to it; the benches print what a command
 * takes with them too.
 */
export function timedCommandEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env[EXTRA_CA_CERTS];
  return env;
}

/** The middle value, or the mean of the two middle ones. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The median milliseconds of `runs` starts of `node -e 0` in `env`: Node's own start-up. */
export function nodeStartMs(env: NodeJS.ProcessEnv, runs = 5): number {
  return median(
    Array.from({ length: runs }, () => {
      const started = performance.now();
      spawnSync(process.execPath, ['-e', '0'], { env });
      return performance.now() - started;
    }),
  );
}

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
