import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { cliBundleUrl } from '../../bin/cli-bundle.mjs';
import { SPAWN_TIMEOUT, tempFolder } from './test-support.ts';

vi.setConfig({ testTimeout: SPAWN_TIMEOUT });
const { dir } = tempFolder();
const SOURCE = join(import.meta.dirname, 'simulate-output.ts');
const { atime, mtime } = statSync(SOURCE);
const LINT_SOURCE = join(import.meta.dirname, 'lint.ts');
const lintTimes = statSync(LINT_SOURCE);
afterAll(() => {
  utimesSync(SOURCE, atime, mtime);
  utimesSync(LINT_SOURCE, lintTimes.atime, lintTimes.mtime);
});

const LOAD_CLI = join(import.meta.dirname, '..', '..', 'bin', 'load-cli.mjs');
/** Runs COMMAND FILE with the command line loaded as the launcher loads it, caching in CACHE. */
const RUN_WITH_CODE_CACHE = `
const [loader, cache, command, file] = process.argv.slice(1);
const { loadCli } = await import(loader);
const cli = await loadCli(command, [cache]);
const status = cli.runCli([command, file], { readInput: () => Buffer.from('{"Version":"2012-10-17","Statement":[]}'), stdout() {}, stderr() {} });
cli.keepCompiledCode();
console.log(JSON.stringify({ fromCodeCache: cli.fromCodeCache, status }));`;

const built = (url: string) => statSync(fileURLToPath(url)).mtimeMs;

describe('the command line bundle (bin/cli-bundle.mjs)', () => {
  it('is built once, used again while its sources are unchanged, and rebuilt when one changes', async () => {
    const cache = join(dir, 'cache');
    const first = await cliBundleUrl([cache]);
    expect(first.startsWith('file://')).toBe(true);

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

  it("builds each command a bundle without the other commands' code, and one of them all for other words", async () => {
    const cache = join(dir, 'per-command');
    const whole = await cliBundleUrl([cache]);
    const lint = await cliBundleUrl([cache], 'lint');
    expect(lint).not.toBe(whole);
    expect(await cliBundleUrl([cache], 'lint')).toBe(lint);
    const lintText = readFileSync(fileURLToPath(lint), 'utf8');
    const wholeText = readFileSync(fileURLToPath(whole), 'utf8');
    expect(lintText).toContain('the simulate command is not in the bundle of lint');
    expect(lintText).not.toContain('the lint command is not in the bundle');
    expect(wholeText).not.toContain('is not in the bundle of');
    expect(lintText.length).toBeLessThan(wholeText.length * 0.9);
    // A word that names no command (a typo, --help) is given the whole command line, which says so.
    expect(await cliBundleUrl([cache], 'lnit')).toBe(whole);
    expect(await cliBundleUrl([cache], '--help')).toBe(whole);
    expect(readdirSync(cache).filter((name) => name.startsWith('cli-bundle'))).toEqual([
      'cli-bundle.json',
      'cli-bundle.lint.json',
    ]);

    // A change to simulate's output leaves lint's bundle as it is; a change to lint's own code does not.
    const lintManifest = join(cache, 'cli-bundle.lint.json');
    const kept = statSync(lintManifest).mtimeMs;
    utimesSync(SOURCE, atime, new Date(mtime.getTime() + 4000));
    expect(await cliBundleUrl([cache], 'lint')).toBe(lint);
    expect(statSync(lintManifest).mtimeMs).toBe(kept);
    utimesSync(LINT_SOURCE, lintTimes.atime, new Date(lintTimes.mtime.getTime() + 4000));
    await cliBundleUrl([cache], 'lint');
    expect(statSync(lintManifest).mtimeMs).toBeGreaterThan(kept);
  });

  it('reads AWS service data from its files when a command needs it, and is ASCII', async () => {
    const text = readFileSync(fileURLToPath(await cliBundleUrl([join(dir, 'contents')])), 'utf8');
    // Compiled in as code, the 3.4 MB of service data made a 4 MB bundle V8 scanned at each start.
    expect(text.length).toBeLessThan(2_000_000);
    expect(text).toMatch(
      /JSON\.parse\(require\("node:fs"\)\.readFileSync\("[^"]*catalog\/data\/services\/s3\.json"/,
    );
    // One character beyond ASCII, in a comment esbuild kept, made V8 hold all of it at two bytes.
    expect(text).not.toMatch(/[\u0080-\uffff]/);
  });

  it("starts a command from V8's code cache of its last run, and from the bundle's code when that cache is unusable", () => {
    const cache = join(dir, 'code-cache');
    // Each run in a new process, as each command runs: in one process, V8 compiles the bundle's
    // source once and never reads a cache again.
    const run = (command: string) => {
      const child = spawnSync(
        process.execPath,
        ['--input-type=module', '-e', RUN_WITH_CODE_CACHE, LOAD_CLI, cache, command, 'policy.json'],
        { encoding: 'utf8', timeout: SPAWN_TIMEOUT },
      );
      expect(child.stderr).toBe('');
      return JSON.parse(child.stdout) as { fromCodeCache: boolean; status: number };
    };
    const lint = () => run('lint');
    const first = lint();
    expect(first).toEqual({ fromCodeCache: false, status: 0 });
    const cacheFile = join(
      cache,
      readdirSync(cache).find((name) => name.endsWith(`.lint.v8-${process.versions.v8}.cache`))!,
    );
    expect(lint()).toEqual({ fromCodeCache: true, status: 0 });

    // Damaged (or made with other V8 flags): V8 refuses it, the bundle is compiled, the cache rewritten.
    writeFileSync(cacheFile, 'not a code cache');
    expect(lint()).toEqual({ fromCodeCache: false, status: 0 });
    expect(readFileSync(cacheFile).length).toBeGreaterThan(100_000);
    expect(lint()).toEqual({ fromCodeCache: true, status: 0 });

    // A mistyped command only prints the usage: nothing is kept for it.
    expect(run('lnit')).toEqual({ fromCodeCache: false, status: 2 });
    expect(readdirSync(cache).filter((name) => name.includes('.lnit.'))).toEqual([]);

    // Words that are no command's name, such as --help, share one cache, "other".
    expect(run('--help')).toEqual({ fromCodeCache: false, status: 0 });
    expect(run('-h')).toEqual({ fromCodeCache: true, status: 0 });
    expect(readdirSync(cache).filter((name) => name.includes('.other.v8-'))).toHaveLength(1);
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
    const old = join(cache, 'cli-0000000000000000.cjs');
    const oldCodeCache = `${old}.lint.v8-${process.versions.v8}.cache`;
    const recent = join(cache, 'cli-1111111111111111.cjs');
    writeFileSync(old, '');
    writeFileSync(oldCodeCache, '');
    writeFileSync(recent, '');
    const hourAgo = new Date(Date.now() - 60 * 60 * 1000);
    utimesSync(old, hourAgo, hourAgo);
    utimesSync(oldCodeCache, hourAgo, hourAgo);
    const url = await cliBundleUrl([cache]);
    expect(existsSync(fileURLToPath(url))).toBe(true);
    expect(existsSync(old)).toBe(false);
    expect(existsSync(oldCodeCache)).toBe(false);
    expect(existsSync(recent)).toBe(true);
    // The current bundle's code cache is kept however old: it is the current bundle's.
    const currentCodeCache = `${fileURLToPath(url)}.lint.v8-${process.versions.v8}.cache`;
    writeFileSync(currentCodeCache, '');
    utimesSync(currentCodeCache, hourAgo, hourAgo);
    utimesSync(join(cache, 'cli-bundle.json'), hourAgo, hourAgo);
    await cliBundleUrl([cache]);
    expect(existsSync(currentCodeCache)).toBe(true);
    // Another command's current bundle is kept however old, when a bundle of a third is built.
    const lint = fileURLToPath(await cliBundleUrl([cache], 'lint'));
    utimesSync(lint, hourAgo, hourAgo);
    await cliBundleUrl([cache], 'diff');
    expect(existsSync(lint)).toBe(true);
    expect(existsSync(fileURLToPath(url))).toBe(true);
  });
});
