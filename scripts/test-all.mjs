// `npm test`: typecheck, lint, unit tests and browser tests, then one line "N passed, N failed".
import { spawnSync } from 'node:child_process';
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

count(step('typecheck', 'npx', ['tsc', '-p', 'tsconfig.json']));
count(step('typecheck src/core (no DOM)', 'npx', ['tsc', '-p', 'tsconfig.core.json']));
count(step('lint', 'npx', ['eslint', '.', '--max-warnings', '0']));
count(step('format', 'npx', ['prettier', '--check', '.']));

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
