// Issue 18's budgets, run by `npm run bench` (scripts/bench.ts): the semantic diff of two
// 100-statement policies, and of a 500-statement policy against itself with one line edited
// (src/core/diff/bench-policies.ts), the services loaded before as in the browser after the first
// diff. On a loaded machine wall-clock and CPU time differ: both are printed.
import { benchPolicy, withOneLineEdited } from '../src/core/diff/bench-policies.ts';
import { bundledCatalog, diffPolicies, loadDiffServices } from '../src/core/index.ts';

const RUNS = 7;

/** The median wall-clock and CPU milliseconds of RUNS calls, after one untimed call. */
function median(work: () => unknown): { ms: number; cpuMs: number } {
  work();
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const cpu = process.cpuUsage();
    const started = performance.now();
    work();
    walls.push(performance.now() - started);
    const { user, system } = process.cpuUsage(cpu);
    cpus.push((user + system) / 1000);
  }
  const middle = (times: number[]) => times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
  return { ms: middle(walls), cpuMs: middle(cpus) };
}

function report(label: string, old: string, next: string, target: number): boolean {
  const catalog = bundledCatalog();
  let checked = 0;
  const { ms, cpuMs } = median(() => {
    checked = diffPolicies(old, next, { type: 'identity', catalog }).requestsChecked;
  });
  const verdict = ms < target ? 'ok' : 'SLOWER THAN TARGET';
  console.log(
    `(diff) ${label}, ${checked.toLocaleString('en-US')} requests decided twice: median ` +
      `${ms.toFixed(0)} ms (CPU ${cpuMs.toFixed(0)} ms) (target < ${target} ms: ${verdict})`,
  );
  return ms < target;
}

export async function benchDiff(): Promise<boolean> {
  const old100 = benchPolicy(100, 0);
  const new100 = benchPolicy(100, 3);
  const policy500 = benchPolicy(500, 0);
  const edited500 = withOneLineEdited(policy500, 250);
  await loadDiffServices(bundledCatalog(), [old100, new100, policy500, edited500]);
  const two = report('two 100-statement policies', old100, new100, 1000);
  const edit = report('a one-line edit of a 500-statement policy', policy500, edited500, 200);
  return two && edit;
}
