// `npm run test:e2e [-- <playwright test arguments>]`: the browser tests, against the e2e build
// (see playwright.config.ts), after making sure there is a browser to run them in.
import { spawnSync } from 'node:child_process';
import { ensureBrowser } from './ensure-browser.mjs';

process.env.IAM_STUDIO_BROWSER = ensureBrowser();
const result = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
