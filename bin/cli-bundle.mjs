// The command line as one JavaScript file for each command, built from src/cli/main.ts by esbuild
// and kept in a cache, rebuilt whenever one of the files it was built from has changed. Node loads
// one file in about a tenth of the time it takes to load and compile the command's hundreds of
// TypeScript modules one by one, and a command's own work then runs without that loading's
// background compilation competing with it for the processors. A command's file leaves out the
// other commands' code: a bundle's modules are all set up as it starts, and the whole command
// line's took 25-33 ms of each start, where lint's alone takes 9-12 (node:vm, measured).
import { createHash } from 'node:crypto';
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const ENTRY = join(ROOT, 'src', 'cli', 'main.ts');
const MANIFEST_PREFIX = 'cli-bundle';

/** The manifest of the bundle of one command (`only`), or of the whole command line. */
function manifestName(only) {
  return only === undefined ? `${MANIFEST_PREFIX}.json` : `${MANIFEST_PREFIX}.${only}.json`;
}

const isManifest = (name) => name.startsWith(MANIFEST_PREFIX) && name.endsWith('.json');

/**
 * The commands of main.ts, each with the function its module exports: command `who-can` is
 * `import { whoCanCommand } from './who-can.ts'`.
 */
function commandModules() {
  const modules = new Map();
  const imports = /^import \{ (\w+Command) \} from '\.\/([a-z][a-z-]*)\.ts';$/gm;
  for (const [, run, name] of readFileSync(ENTRY, 'utf8').matchAll(imports)) modules.set(name, run);
  return modules;
}

/** Bundles no manifest names any longer are removed once this old: a command may still load one. */
const STALE_MS = 10 * 60 * 1000;

/** Where the bundle is kept: npm's conventional cache folder, or the system's temporary folder. */
function defaultCacheDirs() {
  return [
    join(ROOT, 'node_modules', '.cache', 'iam-policy-studio'),
    join(tmpdir(), 'iam-policy-studio-cli'),
  ];
}

function modifiedAt(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return undefined;
  }
}

/** The manifest of `dir` when every file its bundle was built from is as it was then. */
function freshManifest(dir, name) {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(join(dir, name), 'utf8'));
  } catch {
    return undefined;
  }
  if (typeof manifest?.bundle !== 'string' || typeof manifest.inputs !== 'object') return undefined;
  for (const [path, modified] of Object.entries(manifest.inputs)) {
    if (modifiedAt(path) !== modified) return undefined;
  }
  if (modifiedAt(join(dir, manifest.bundle)) === undefined) return undefined;
  return manifest;
}

/**
 * Each module's import.meta.url, dirname and filename as they are in src/: the bundle lives
 * elsewhere, and the command line finds its data files next to its modules.
 */
const keepImportMeta = {
  name: 'keep-import-meta',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      if (!source.includes('import.meta')) return { contents: source, loader: 'ts' };
      const contents = source
        .replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href))
        .replaceAll('import.meta.dirname', JSON.stringify(dirname(args.path)))
        .replaceAll('import.meta.filename', JSON.stringify(args.path));
      return { contents, loader: 'ts' };
    });
  },
};

/**
 * AWS's service data (src/core/catalog/data/services, 3.4 MB) is read and parsed when a command
 * first needs a service, as it was before the bundle. Compiled into the bundle as code, V8 scanned
 * all of it as each command started: 4 MB of bundle instead of 1.5, and 12-30 ms more start-up.
 */
const SERVICE_DATA = /[\\/]catalog[\\/]data[\\/]services[\\/][^\\/]+\.json$/;
const serviceDataAsFiles = {
  name: 'service-data-as-files',
  setup(build) {
    build.onLoad({ filter: SERVICE_DATA }, (args) => ({
      contents: `module.exports = JSON.parse(require('node:fs').readFileSync(${JSON.stringify(args.path)}, 'utf8'));\n`,
      loader: 'js',
    }));
  },
};

/**
 * The bundle of one command: main.ts's imports of the other commands' modules are left out, each
 * replaced by a function that says so. The launcher loads it only to run that command.
 */
function onlyCommand(command, modules) {
  return {
    name: 'only-command',
    setup(build) {
      build.onResolve({ filter: /^\.\/[a-z][a-z-]*\.ts$/ }, (args) => {
        const name = args.path.slice(2, -3);
        if (args.importer !== ENTRY || name === command || !modules.has(name)) return undefined;
        return { path: name, namespace: 'other-command' };
      });
      build.onLoad({ filter: /.*/, namespace: 'other-command' }, (args) => ({
        contents: `export function ${modules.get(args.path)}() {\n  throw new Error('the ${args.path} command is not in the bundle of ${command}');\n}\n`,
        loader: 'js',
      }));
    },
  };
}

/**
 * esbuild escapes what is not ASCII in the code, but not in the comments it keeps. V8 keeps a
 * module's source to compile its functions when first called, and one such character made all of
 * it two bytes a character instead of one.
 */
function asciiOnly(code) {
  return code.replace(
    /[\u0080-\uffff]/g,
    (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** The bundle's code, and the modification time of each file it was built from. */
async function build(only, modules) {
  const { build: esbuild } = await import('esbuild');
  const result = await esbuild({
    entryPoints: [ENTRY],
    absWorkingDir: ROOT,
    bundle: true,
    platform: 'node',
    // CommonJS, which load-cli.mjs compiles through node:vm with V8's code cache: Node 20 has no
    // code cache for ES modules.
    format: 'cjs',
    target: `node${process.versions.node}`,
    // Packages are bundled too, their ES module builds first: Node would otherwise scan each
    // CommonJS one for its exports, and compile its scanner, as the command starts.
    mainFields: ['module', 'main'],
    write: false,
    metafile: true,
    logLevel: 'silent',
    plugins: [
      keepImportMeta,
      serviceDataAsFiles,
      ...(only === undefined ? [] : [onlyCommand(only, modules)]),
    ],
  });
  const inputs = {};
  // The bundle names the service data files but holds none of their content: a change to one
  // needs no new bundle, and their 456 modification times need no checking at each start.
  const paths = Object.keys(result.metafile.inputs)
    .filter((input) => !input.startsWith('other-command:'))
    .map((input) => join(ROOT, input))
    .filter((path) => !SERVICE_DATA.test(path));
  for (const path of [...paths, fileURLToPath(import.meta.url)]) inputs[path] = modifiedAt(path);
  return { code: Buffer.from(asciiOnly(result.outputFiles[0].text)), inputs };
}

/**
 * Writes `contents` under a name of its own, then renames it to `path`: a command started
 * meanwhile reads either the old file or the new one, never half of it.
 */
export function writeWhole(path, contents) {
  const partial = `${path}.${process.pid}-${Date.now()}`;
  writeFileSync(partial, contents);
  renameSync(partial, path);
}

/** Writes the bundle and its manifest into `dir`; returns the bundle's file name. */
function store(dir, only, { code, inputs }) {
  const hash = createHash('sha256').update(code).digest('hex').slice(0, 16);
  const bundle = only === undefined ? `cli-${hash}.cjs` : `cli-${only}-${hash}.cjs`;
  mkdirSync(dir, { recursive: true });
  // The bundle first: the manifest that names it is only ever read whole, and after it.
  writeWhole(join(dir, bundle), code);
  writeWhole(join(dir, manifestName(only)), JSON.stringify({ bundle, inputs }));
  removeStaleBundles(dir);
  return bundle;
}

/** The bundles the manifests of `dir` name: each command's current one. */
function currentBundles(dir, names) {
  const bundles = [];
  for (const name of names.filter(isManifest)) {
    try {
      const { bundle } = JSON.parse(readFileSync(join(dir, name), 'utf8'));
      if (typeof bundle === 'string') bundles.push(bundle);
    } catch {
      // Being replaced, or damaged: its bundle is rebuilt when its command next runs.
    }
  }
  return bundles;
}

function removeStaleBundles(dir) {
  const now = Date.now();
  const names = readdirSync(dir);
  const current = currentBundles(dir, names);
  for (const name of names) {
    // A current bundle's compiled code (load-cli.mjs) is named after it, and kept with it.
    if (isManifest(name) || !name.startsWith('cli-')) continue;
    if (current.some((bundle) => name.startsWith(bundle))) continue;
    const modified = modifiedAt(join(dir, name));
    if (modified !== undefined && now - modified > STALE_MS)
      rmSync(join(dir, name), { force: true });
  }
}

/**
 * The URL of the bundle of `command`, or of the whole command line when that is no command (or
 * not given): the cached one when it is fresh, or one built now and kept in the first of `dirs`
 * that can be written.
 */
export async function cliBundleUrl(dirs = defaultCacheDirs(), command = undefined) {
  const modules = commandModules();
  const only = typeof command === 'string' && modules.has(command) ? command : undefined;
  const name = manifestName(only);
  for (const dir of dirs) {
    const manifest = freshManifest(dir, name);
    if (manifest) return pathToFileURL(join(dir, manifest.bundle)).href;
  }
  const built = await build(only, modules);
  let failure;
  for (const dir of dirs) {
    try {
      return pathToFileURL(join(dir, store(dir, only, built))).href;
    } catch (error) {
      failure = error;
    }
  }
  throw failure;
}
