// Gets a browser for the browser tests when none is installed: Playwright's download first, then,
// as root on Debian where no download is possible, Debian's chromium package.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findBrowser } from './find-browser.mjs';

function run(command, args) {
  console.log(`$ ${command} ${args.join(' ')}`);
  return spawnSync(command, args, { stdio: 'inherit' }).status === 0;
}

export function ensureBrowser() {
  const found = findBrowser();
  if (found) return found;
  console.log('No Chromium or Chrome found; trying to get one.');
  run('npx', ['playwright', 'install', 'chromium']);
  const downloaded = findBrowser();
  if (downloaded) return downloaded;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    run('apt-get', ['update']);
    run('apt-get', ['install', '-y', 'chromium']);
  }
  const installed = findBrowser();
  if (!installed) {
    throw new Error(
      'No browser for the browser tests. Install Chromium or Chrome, or set IAM_STUDIO_BROWSER to one.',
    );
  }
  return installed;
}
