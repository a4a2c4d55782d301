import { existsSync, mkdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { cliBundleUrl } from '../../bin/cli-bundle.mjs';
import { SPAWN_TIMEOUT, tempFolder } from './test-support.ts';

vi.setConfig({ testTimeout: SPAWN_TIMEOUT });
const { dir } = tempFolder();
const SOURCE = join(import.meta.dirname, 'simulate-output.ts');
const { atime, mtime } = statSync(SOURCE);
afterAll(() => utimesSync(SOURCE, atime, mtime));

const built = (url: string) => statSync(fileURLToPath(url)).mtimeMs;

describe('the command line bundle (bin/cli-bundle.mjs)', () => {
  it('is built once, used again while its sources are unchanged, and rebuilt when one changes', async () => {
    const cache = join(dir, 'cache');
    const first = await cliBundleUrl([cache]);
    expect(first.startsWith('file://')).toBe(true);
    const { runCli } = (await import(first)) as typeof import('./main.ts');
    expect(typeof runCli).toBe('function');

    const again = await cliBundleUrl([cache]);
    expect(again).toBe(first);
    expect(built(again)).toBe(built(first));

    // A source's modification time moves, as an edit or a checkout moves it: the bundle is stale.
    utimesSync(SOURCE, atime, new Date(mtime.getTime() + 2000));
    const manifest = join(cache, 'cli-bundle.json');
    const before = statSync(manifest).mtimeMs;
    await cliBundleUrl([cache]);
    expect(statSync(manifest).mtimeMs).toBeGreaterThan(before);
  });

  it('reads AWS service data from its files when a command needs it, and is ASCII', async () => {
    const text = readFileSync(fileURLToPath(await cliBundleUrl([join(dir, 'contents')])), 'utf8');
    // Compiled in as code, the 3.4 MB of service data made a 4 MB bundle V8 scanned at each start.
    expect(text.length).toBeLessThan(2_000_000);
    expect(text).toMatch(/JSON\.parse\(readFileSync\d*\("[^"]*catalog\/data\/services\/s3\.json"/);
    // One character beyond ASCII, in a comment esbuild kept, made V8 hold all of it at two bytes.
    expect(text).not.toMatch(/[\u0080-\uffff]/);
  });

  it('is built in the next folder when the first cannot be written', async () => {
    const notAFolder = join(dir, 'not-a-folder');
    writeFileSync(notAFolder, '');
    const url = await cliBundleUrl([join(notAFolder, 'cache'), join(dir, 'second')]);
    expect(fileURLToPath(url).startsWith(join(dir, 'second'))).toBe(true);
  });

  it('removes the bundles built before the current one once they are old, not while a command may load them', async () => {
    const cache = join(dir, 'stale');
    mkdirSync(cache, { recursive: true });
    const old = join(cache, 'cli-0000000000000000.mjs');
    const recent = join(cache, 'cli-1111111111111111.mjs');
    writeFileSync(old, '');
    writeFileSync(recent, '');
    const hourAgo = new Date(Date.now() - 60 * 60 * 1000);
    utimesSync(old, hourAgo, hourAgo);
    const url = await cliBundleUrl([cache]);
    expect(existsSync(fileURLToPath(url))).toBe(true);
    expect(existsSync(old)).toBe(false);
    expect(existsSync(recent)).toBe(true);
  });
});
