// `npx tsx scripts/bench-cli.ts`: what `simulate` costs through the real command line: start-up
// (a 1-request scenario) and the microseconds each request adds over 20,000 requests; then how
// those split between reading, deciding and output, each timed once in a new process.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { EXTRA_CA_CERTS, median, timedCommandEnv } from '../src/cli/bench-support.ts';
import { fileChunks } from '../src/cli/file-chunks.ts';
import { SimulateOutput } from '../src/cli/simulate-output.ts';
import {
  decideRequest,
  prepareScenario,
  readStrictScenario,
  requestSlices,
  SCENARIO_FORMAT,
  type RequestDecision,
  type Scenario,
} from '../src/core/index.ts';

const ROOT = join(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin', 'iam-policy-studio.mjs');
const BENCH = join(ROOT, 'scripts', 'bench-cli.ts');
const ALICE = 'arn:aws:iam::111122223333:user/alice';
const REQUESTS = 20_000;
const TARGET_MICROS = 6;
const RUNS = 7;

/**
 * An identity policy that allows reads from an IP range and denies deletes, and `count` requests
 * that reach every decision, with and without expectations.
 */
export function cliBenchScenario(count: number): Scenario {
  const document = JSON.stringify(
    {
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'ReadFromOffice',
          Effect: 'Allow',
          Action: ['s3:GetObject', 's3:ListBucket'],
          Resource: ['arn:aws:s3:::reports', 'arn:aws:s3:::reports/*'],
          Condition: { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } },
        },
        { Effect: 'Deny', Action: 's3:DeleteObject', Resource: '*' },
      ],
    },
    null,
    2,
  );
  const actions = ['s3:GetObject', 's3:PutObject', 's3:DeleteObject'];
  const requests = Array.from({ length: count }, (_, index) => ({
    id: `r${index}`,
    principal: ALICE,
    action: actions[index % actions.length]!,
    resource: `arn:aws:s3:::reports/${index}.csv`,
    context: { 'aws:SourceIp': `203.0.${113 + (index % 2)}.${index % 256}` },
    ...(index % 4 === 0 && { expect: 'implicitDeny' as const }),
  }));
  return {
    format: SCENARIO_FORMAT,
    policies: [{ id: 'app', type: 'identity', attachedTo: [ALICE], document }],
    requests,
  };
}

/** CPU seconds (user + system) used by the children this process has waited for; Linux only. */
function childCpuSeconds(): number | undefined {
  if (!existsSync('/proc/self/stat')) return undefined;
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
  // cutime and cstime, fields 16 and 17 of proc(5), in clock ticks of 1/100 s.
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

/**
 * Loaded before the command, on Linux: as the process exits, writes to standard error the CPU time
 * its main thread has used (proc(5), /proc/thread-self/schedstat, in nanoseconds), in all and since
 * the command read its scenario (FILE, its last argument). The command's own work runs on that
 * thread; V8's helper threads (garbage collection, optimizing compilation) and the TypeScript
 * loader's thread run beside it on other processors when there are free ones. What precedes the
 * reading (starting Node, loading the modules) varies by tens of milliseconds from run to run on
 * a busy machine: left out, the difference between two runs is what their requests cost.
 */
const MAIN_THREAD_CPU_HOOK = `data:text/javascript,${encodeURIComponent(`
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
const { existsSync, readFileSync, writeSync } = fs;
const STAT = '/proc/thread-self/schedstat';
const cpuNs = () => Number(readFileSync(STAT, 'utf8').split(' ')[0]);
if (existsSync(STAT)) {
  const file = process.argv[process.argv.length - 1];
  const { openSync } = fs;
  let atRead;
  const reading = (path) => {
    if (atRead === undefined && path === file) atRead = cpuNs();
  };
  fs.readFileSync = function (path, ...rest) {
    reading(path);
    return readFileSync.call(this, path, ...rest);
  };
  fs.openSync = function (path, ...rest) {
    reading(path);
    return openSync.call(this, path, ...rest);
  };
  syncBuiltinESMExports();
  process.on('exit', () => {
    const ns = cpuNs();
    const fromRead = atRead === undefined ? -1 : ns - atRead;
    writeSync(2, '\\nmain-thread-cpu-ns ' + ns + ' ' + fromRead + '\\n');
  });
}`)}`;

/**
 * One run of `simulate`: milliseconds of wall-clock time, and of CPU time where the system tells
 * it: all the process's threads, its main thread, and that thread from reading the scenario on.
 */
interface Run {
  wallMs: number;
  cpuMs?: number;
  mainThreadCpuMs?: number;
  fromReadCpuMs?: number;
}

function timeSimulate(file: string): Run {
  const cpuBefore = childCpuSeconds();
  const started = performance.now();
  // The output is read through a pipe, as a user's next command reads it, but left as bytes: its
  // decoding into a string would be this process's work, timed as the command's.
  const result = spawnSync(
    process.execPath,
    ['--import', MAIN_THREAD_CPU_HOOK, BIN, 'simulate', file],
    { env: timedCommandEnv(), maxBuffer: 1 << 30 },
  );
  const wallMs = performance.now() - started;
  const cpuAfter = childCpuSeconds();
  const stderr = result.stderr.toString();
  if (result.status !== 0 && result.status !== 1) {
    throw new Error(`simulate ${file} exited ${result.status}: ${stderr}`);
  }
  const mainThread = /\nmain-thread-cpu-ns (\d+) (-?\d+)\n/.exec(stderr);
  return {
    wallMs,
    ...(cpuBefore !== undefined &&
      cpuAfter !== undefined && {
        cpuMs: (cpuAfter - cpuBefore) * 1000,
      }),
    ...(mainThread && {
      mainThreadCpuMs: Number(mainThread[1]) / 1e6,
      // -1: the scenario was not read through readFileSync or openSync, where the hook looks for it.
      ...(mainThread[2] !== '-1' && { fromReadCpuMs: Number(mainThread[2]) / 1e6 }),
    }),
  };
}

/** The load averages over 1, 5 and 15 minutes: how busy the machine's processors were around a run. */
const loads = () =>
  loadavg()
    .map((load) => load.toFixed(2))
    .join(', ');

const perRequest = (many: number, one: number) => ((many - one) * 1000) / (REQUESTS - 1);

/**
 * Microseconds per request above start-up over runs taken in pairs (a 1-request run, then a
 * 20,000-request run): the median of the pairs, which a busy machine moves less than one run,
 * and the best (the fastest 20,000-request run less the fastest start-up).
 */
function perRequestOf(pairs: readonly (readonly [number, number])[]): {
  median: number;
  best: number;
} {
  return {
    median: median(pairs.map(([one, many]) => perRequest(many, one))),
    best: perRequest(
      Math.min(...pairs.map(([, many]) => many)),
      Math.min(...pairs.map(([one]) => one)),
    ),
  };
}

const PHASES = ['read', 'decide', 'output'] as const;
type Phases = Record<(typeof PHASES)[number], number>;

/**
 * simulate's steps run once over `file` in this process, as the command runs them (the code cold,
 * as in a new process), in microseconds per request: reading (the file in chunks, to the scenario
 * and each slice of its requests), deciding, and writing the output (to nowhere; held until the
 * end, as the command holds it), each added up over the slices. Printed as JSON for benchCli, which runs it in a new process.
 */
function timePhases(file: string): Phases {
  let started = performance.now();
  const slices = requestSlices(fileChunks(file));
  const read = slices && readStrictScenario(slices.rest);
  if (!slices || !read?.ok) {
    throw new Error(`${file} is not a scenario whose requests are read in slices`);
  }
  const prepared = prepareScenario(read.scenario);
  const phases: Phases = { read: performance.now() - started, decide: 0, output: 0 };
  const options = { now: new Date() };
  const output = new SimulateOutput(() => {}, true);
  let decided = 0;
  for (;;) {
    started = performance.now();
    const requests = slices.next();
    phases.read += performance.now() - started;
    if (requests === 'end') break;
    if (requests === 'unreadable') throw new Error(`${file}: a slice of requests is unreadable`);
    started = performance.now();
    const results: RequestDecision[] = [];
    for (let index = 0; index < requests.length; index += 1) {
      results.push(decideRequest(prepared, requests[index]!, decided + index, options));
    }
    decided += requests.length;
    phases.decide += performance.now() - started;
    started = performance.now();
    for (const result of results) output.add(result);
    phases.output += performance.now() - started;
  }
  started = performance.now();
  output.finish({
    requests: 0,
    allowed: 0,
    explicitDeny: 0,
    implicitDeny: 0,
    failedExpectations: 0,
  });
  phases.output += performance.now() - started;
  const micros = (ms: number) => (ms * 1000) / decided;
  return {
    read: micros(phases.read),
    decide: micros(phases.decide),
    output: micros(phases.output),
  };
}

/** The least of each phase over `runs` new processes. */
function bestPhases(file: string, runs: number): Phases {
  const best: Phases = { read: Infinity, decide: Infinity, output: Infinity };
  for (let run = 0; run < runs; run += 1) {
    const result = spawnSync(process.execPath, ['--import', 'tsx', BENCH, '--phases', file], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    if (result.status !== 0) throw new Error(`--phases ${file} failed: ${result.stderr}`);
    const phases = JSON.parse(result.stdout) as Phases;
    for (const phase of PHASES) best[phase] = Math.min(best[phase], phases[phase]);
  }
  return best;
}

/** Prints start-up and the per-request cost of `simulate` on the command line; true within target. */
export function benchCli(): boolean {
  const dir = mkdtempSync(join(tmpdir(), 'iam-studio-bench-cli-'));
  try {
    const one = join(dir, 'one.json');
    const many = join(dir, 'many.json');
    writeFileSync(one, JSON.stringify(cliBenchScenario(1), null, 2));
    writeFileSync(many, JSON.stringify(cliBenchScenario(REQUESTS), null, 2));
    // The first command after a change of the sources builds the cached bundle it runs from
    // (bin/cli-bundle.mjs), and the first simulate keeps the code V8 compiled for it
    // (bin/load-cli.mjs): made here, neither is counted as a run's start-up.
    spawnSync(process.execPath, [BIN, 'simulate', one]);
    const runs: [Run, Run][] = [];
    const loadBefore = loads();
    // Alternated, so that a change in the machine's load weighs on both alike.
    for (let run = 0; run < RUNS; run += 1) runs.push([timeSimulate(one), timeSimulate(many)]);
    console.log(`(cli) load average before the runs: ${loadBefore}; after: ${loads()}`);
    const wall = perRequestOf(runs.map(([a, b]) => [a.wallMs, b.wallMs] as const));
    const verdict = wall.median < TARGET_MICROS ? 'ok' : 'SLOWER THAN TARGET';
    const fastest = (index: 0 | 1) => Math.min(...runs.map((pair) => pair[index].wallMs));
    const certs =
      process.env[EXTRA_CA_CERTS] === undefined ? '' : ` (without ${EXTRA_CA_CERTS}: see (e))`;
    console.log(`(cli) simulate start-up (1 request): ${fastest(0).toFixed(0)} ms${certs}`);
    console.log(
      `(cli) simulate ${REQUESTS.toLocaleString('en-US')} requests: ${fastest(1).toFixed(0)} ms, ` +
        `${wall.median.toFixed(2)} µs/request above start-up, median of ${RUNS} pairs ` +
        `(best ${wall.best.toFixed(2)}; target < ${TARGET_MICROS} µs: ${verdict})`,
    );
    if (runs.every(([a, b]) => a.cpuMs !== undefined && b.cpuMs !== undefined)) {
      // CPU time does not count waiting for a busy machine's processors, so it varies less. All
      // threads together use more than the wall-clock time: theirs add up however many run at once.
      const cpu = perRequestOf(runs.map(([a, b]) => [a.cpuMs!, b.cpuMs!] as const));
      console.log(
        `(cli) CPU time, all threads: ${cpu.median.toFixed(2)} µs/request above start-up, median of ${RUNS} pairs ` +
          `(best ${cpu.best.toFixed(2)})`,
      );
    }
    if (runs.every(([a, b]) => a.fromReadCpuMs !== undefined && b.fromReadCpuMs !== undefined)) {
      // About what the wall-clock figure comes to when the command has processors to itself.
      const main = perRequestOf(
        runs.map(([a, b]) => [a.mainThreadCpuMs!, b.mainThreadCpuMs!] as const),
      );
      const fromRead = perRequestOf(
        runs.map(([a, b]) => [a.fromReadCpuMs!, b.fromReadCpuMs!] as const),
      );
      console.log(
        `(cli) CPU time, main thread: ${main.median.toFixed(2)} µs/request above start-up, median of ${RUNS} pairs ` +
          `(best ${main.best.toFixed(2)}); from reading the scenario to exit: ${fromRead.median.toFixed(2)} ` +
          `(best ${fromRead.best.toFixed(2)})`,
      );
    }
    const phases = bestPhases(many, RUNS);
    console.log(
      `(cli) in one pass, each step's best: ${PHASES.map((phase) => `${phase} ${phases[phase].toFixed(2)}`).join(', ')} µs/request`,
    );
    return wall.median < TARGET_MICROS;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [option, file] = process.argv.slice(2);
  if (option === '--phases' && file) console.log(JSON.stringify(timePhases(file)));
  else process.exitCode = benchCli() ? 0 : 1;
}
