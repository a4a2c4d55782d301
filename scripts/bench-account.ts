// Issue 15's scale figures, run by `npm run bench` (scripts/bench.ts): over the generated account
// of 500 users, 200 groups, 2,000 roles and 1,500 customer managed policies
// (src/core/account/generated-account.ts), reading its get-account-authorization-details output
// into the account and the app's workspace policies, who-can for one action, and the full
// escalation analysis.
import { accountDetailsText, generatedAccount } from '../src/core/account/generated-account.ts';
import {
  analyseEscalations,
  readAccountDetailsText,
  whoCan,
  type Account,
} from '../src/core/index.ts';
import { accountScenario } from '../src/ui/features/identities/account-scenario.ts';

const IMPORT_TARGET_MS = 2_000;
const WHO_CAN_TARGET_MS = 1_000;
const ESCALATIONS_TARGET_MS = 30_000;

const format = (ms: number) => `${Math.round(ms).toLocaleString('en-US')} ms`;
const verdict = (ms: number, target: number) =>
  `(target < ${format(target)}: ${ms < target ? 'ok' : 'SLOWER THAN TARGET'})`;

/** Wall-clock and this process's CPU time of `work`: on a loaded machine the two differ. */
function timed<T>(work: () => T): { ms: number; cpuMs: number; result: T } {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const result = work();
  const ms = performance.now() - started;
  const { user, system } = process.cpuUsage(cpu);
  return { ms, cpuMs: (user + system) / 1000, result };
}

/** The median wall-clock and CPU times of `runs` calls, after one untimed call. */
function median<T>(runs: number, work: () => T): { ms: number; cpuMs: number; result: T } {
  let result = work();
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const time = timed(work);
    result = time.result;
    walls.push(time.ms);
    cpus.push(time.cpuMs);
  }
  const middle = (times: number[]) => times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
  return { ms: middle(walls), cpuMs: middle(cpus), result };
}

const cpuNote = (cpuMs: number) => `(CPU ${format(cpuMs)})`;

function benchImport(): boolean {
  const text = accountDetailsText(generatedAccount());
  const read = median(5, () => {
    const result = readAccountDetailsText(text);
    if (!result.ok) throw new Error(`the generated account does not read: ${result.message}`);
    return result.account;
  });
  const workspace = median(5, () => accountScenario(read.result));
  const total = read.ms + workspace.ms;
  console.log(
    `(f) import the generated account's get-account-authorization-details output ` +
      `(${(text.length / 1e6).toFixed(1)} MB): read ${format(read.ms)} + workspace policies ` +
      `${format(workspace.ms)} = ${format(total)} ${cpuNote(read.cpuMs + workspace.cpuMs)}, ` +
      `median of 5 ${verdict(total, IMPORT_TARGET_MS)}`,
  );
  return total < IMPORT_TARGET_MS;
}

function benchWhoCan(): boolean {
  const account = generatedAccount();
  const questions: [string, string | undefined][] = [
    ['s3:GetObject', 'arn:aws:s3:::bucket-7/report.csv'],
    ['ec2:DescribeInstances', undefined],
  ];
  let ok = true;
  for (const [action, resource] of questions) {
    const { ms, cpuMs, result } = median(5, () => whoCan(account, action, resource));
    console.log(
      `(g) who-can ${action} on ${resource ?? 'every resource'} over the generated account ` +
        `(${result.results.length.toLocaleString('en-US')} principals allowed): ${format(ms)} ` +
        `${cpuNote(cpuMs)}, median of 5 ${verdict(ms, WHO_CAN_TARGET_MS)}`,
    );
    ok &&= ms < WHO_CAN_TARGET_MS;
  }
  return ok;
}

/**
 * The analysis as the worker runs it, one principal per step: the whole time, and the longest
 * step (how long a cancel may wait).
 */
function analyse(account: Account) {
  const run = analyseEscalations(account);
  let longestStep = 0;
  let stepStarted = performance.now();
  for (;;) {
    const step = run.next();
    const now = performance.now();
    longestStep = Math.max(longestStep, now - stepStarted);
    stepStarted = now;
    if (step.done) return { report: step.value, longestStep };
  }
}

/**
 * The escalation analysis of the generated account as it is (no policy grants what a path needs,
 * so every question is asked and none opens a path), and with one policy in 25 granting an
 * escalation permission instead (thousands of paths to name).
 */
function benchEscalations(): boolean {
  let ok = true;
  for (const escalating of [false, true]) {
    const { ms, cpuMs, result } = timed(() => analyse(generatedAccount({ escalating })));
    const { paths, admins } = result.report;
    const which = escalating
      ? 'with one policy in 25 granting an escalation permission'
      : 'as it is';
    console.log(
      `(h) escalation analysis of the generated account ${which} ` +
        `(${paths.length.toLocaleString('en-US')} paths, ${admins.length} admin-equivalent ` +
        `principals): ${format(ms)} ${cpuNote(cpuMs)}, longest step ` +
        `${format(result.longestStep)} ${verdict(ms, ESCALATIONS_TARGET_MS)}`,
    );
    ok &&= ms < ESCALATIONS_TARGET_MS;
  }
  return ok;
}

/** Every figure is printed; false when one misses its target. */
export function benchAccount(): boolean {
  const imported = benchImport();
  const asked = benchWhoCan();
  const analysed = benchEscalations();
  return imported && asked && analysed;
}
