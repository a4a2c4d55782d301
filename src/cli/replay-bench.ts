import { spawnSync } from 'node:child_process';
import {
  closeSync,
  existsSync,
  fstatSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI_BIN, writeBenchLogFiles } from './bench-support.ts';
import { replayBenchScenario } from './replay-bench-policies.ts';

// Issue 16's budget for the command line: `iam-policy-studio replay` of 1,000,000 generated
// CloudTrail events (events-bench-records.ts: 11 calls of 8 services, 40 users and 12 roles' sessions)
// in 20 .json.gz files against 20 policies (replay-bench-policies.ts) in under 60 s, timed as the
// process's wall time (start-up, reading, inflating, mapping, replaying, writing to a file), with its
// CPU time and peak memory where /usr/bin/time tells them. Generating the logs is not timed.
const EVENTS = 1_000_000;
const FILES = 20;
const TARGET_SECONDS = 60;
const TIME = '/usr/bin/time';

interface Measured {
  seconds: number;
  /** User and system CPU seconds and peak resident memory in KB, from /usr/bin/time. */
  usage?: { cpu: number; maxKb: number };
  summary: { events: number; wouldBreak: number; allowedButDenied: number };
}

function runReplay(scenario: string, logs: string, out: string): Measured {
  const fd = openSync(out, 'w');
  const command = [CLI_BIN, 'replay', scenario, logs];
  const timed = existsSync(TIME);
  const started = performance.now();
  const result = timed
    ? spawnSync(TIME, ['-f', '%U %S %M', process.execPath, ...command], {
        stdio: ['ignore', fd, 'pipe'],
      })
    : spawnSync(process.execPath, command, { stdio: ['ignore', fd, 'pipe'] });
  const seconds = (performance.now() - started) / 1000;
  closeSync(fd);
  const stderr = String(result.stderr);
  // Exit 1: some calls would break, as the bench's policies mean some to.
  if (result.status !== 1) throw new Error(`replay exited ${result.status}: ${stderr}`);
  const tail = stderr.trim().split('\n').pop() ?? '';
  const [user, system, maxKb] = tail.split(' ').map(Number);
  const usage = timed ? { cpu: user! + system!, maxKb: maxKb! } : undefined;
  const { summary } = JSON.parse(readTail(out)) as { summary: Measured['summary'] };
  return { seconds, ...(usage && { usage }), summary };
}

/** The summary, at the output's end: the rest is not read into the bench's memory. */
function readTail(path: string): string {
  const fd = openSync(path, 'r');
  const size = fstatSync(fd).size;
  const tail = Buffer.alloc(Math.min(size, 1024));
  readSync(fd, tail, 0, tail.length, size - tail.length);
  closeSync(fd);
  const text = tail.toString('utf8');
  return `{${text.slice(text.lastIndexOf('"summary"'))}`;
}

export function benchReplay(): boolean {
  const folder = mkdtempSync(join(tmpdir(), 'iam-studio-replay-bench-'));
  try {
    const logs = join(folder, 'logs');
    writeFileSync(join(folder, 'scenario.json'), JSON.stringify(replayBenchScenario()));
    mkdirSync(logs);
    writeBenchLogFiles(logs, EVENTS, FILES);
    const load = loadavg()[0]!.toFixed(1);
    const run = runReplay(join(folder, 'scenario.json'), logs, join(folder, 'out.json'));
    const verdict = run.seconds < TARGET_SECONDS ? 'ok' : 'SLOWER THAN TARGET';
    const usage = run.usage
      ? `, ${run.usage.cpu.toFixed(1)} s CPU, peak ${Math.round(run.usage.maxKb / 1024)} MB`
      : '';
    console.log(
      `(g) replay of ${EVENTS.toLocaleString('en-US')} CloudTrail events in ${FILES} .json.gz files ` +
        `against 20 policies on the command line: ${run.seconds.toFixed(1)} s${usage} ` +
        `(target < ${TARGET_SECONDS} s: ${verdict}; load average ${load}); ` +
        `${run.summary.wouldBreak.toLocaleString('en-US')} events would break, ` +
        `${run.summary.allowedButDenied.toLocaleString('en-US')} denied are now allowed`,
    );
    return run.seconds < TARGET_SECONDS;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
