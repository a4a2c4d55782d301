// `npm test`: typecheck, lint, unit tests and browser tests, then one line "N passed, N failed".
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureBrowser } from './ensure-browser.mjs';

const REPORTS = '.reports';
rmSync(REPORTS, { recursive: true, force: true });
mkdirSync(REPORTS, { recursive: true });

function step(name, command, args, env = {}) {
  console.log(`\n=== ${name} ===`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

function readJson(path) {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined;
}

let passed = 0;
let failed = 0;
function count(ok) {
  if (ok) passed += 1;
  else failed += 1;
}

/**
 * Runs `checks` two at a time, each its own process on one processor (the type checker, ESLint
 * and Prettier use one each), and prints each one's output under its name, in the order given.
 */
async function runChecks(checks) {
  const outputs = checks.map(() => undefined);
  let next = 0;
  const worker = async () => {
    while (next < checks.length) {
      const index = next++;
      const [, command, args] = checks[index];
      outputs[index] = await new Promise((resolve) => {
        const chunks = [];
        const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
        child.stdout.on('data', (chunk) => chunks.push(chunk));
        child.stderr.on('data', (chunk) => chunks.push(chunk));
        child.on('error', (error) => resolve({ ok: false, text: `${error.message}\n` }));
        child.on('close', (code) =>
          resolve({ ok: code === 0, text: Buffer.concat(chunks).toString() }),
        );
      });
    }
  };
  await Promise.all([worker(), worker()]);
  checks.forEach(([name], index) => {
    console.log(`\n=== ${name} ===`);
    process.stdout.write(outputs[index].text);
    count(outputs[index].ok);
  });
}

// The longest first, so that the two at a time end together.
await runChecks([
  ['lint', 'npx', ['eslint', '.', '--max-warnings', '0']],
  ['format', 'npx', ['prettier', '--check', '.']],
  ['typecheck', 'npx', ['tsc', '-p', 'tsconfig.json']],
  ['typecheck src/core (no DOM)', 'npx', ['tsc', '-p', 'tsconfig.core.json']],
]);

const unitOk = step('unit tests', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${REPORTS}/unit.json`,
]);
const unit = readJson(`${REPORTS}/unit.json`);
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests + (unitOk || unit.numFailedTests > 0 ? 0 : 1);
} else count(false);

let browserOk = true;
try {
  process.env.IAM_STUDIO_BROWSER = ensureBrowser();
} catch (error) {
  console.error(String(error instanceof Error ? error.message : error));
  browserOk = false;
}
if (browserOk) {
  const e2eOk = step('browser tests', 'npx', ['playwright', 'test'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: `${REPORTS}/e2e.json`,
  });
  const e2e = readJson(`${REPORTS}/e2e.json`);
  if (e2e?.stats) {
    passed += e2e.stats.expected + e2e.stats.flaky;
    failed += e2e.stats.unexpected + (e2eOk || e2e.stats.unexpected > 0 ? 0 : 1);
  } else count(false);
} else count(false);

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
