// The command line as one JavaScript file, built from src/cli/main.ts by esbuild and kept in a
// cache, rebuilt whenever one of the files it was built from has changed. Node loads one file in
// about a tenth of the time it takes to load and compile the command's hundreds of TypeScript
// modules one by one, and a command's own work then runs without that loading's background
// compilation competing with it for the processors.
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
const MANIFEST = 'cli-bundle.json';
/** Bundles no longer named by the manifest are removed once this old: a command may still load one. */
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
function freshManifest(dir) {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8'));
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
async function build() {
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
    plugins: [keepImportMeta, serviceDataAsFiles],
  });
  const inputs = {};
  // The bundle names the service data files but holds none of their content: a change to one
  // needs no new bundle, and their 456 modification times need no checking at each start.
  const paths = Object.keys(result.metafile.inputs)
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
function store(dir, { code, inputs }) {
  const bundle = `cli-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.cjs`;
  mkdirSync(dir, { recursive: true });
  // The bundle first: the manifest that names it is only ever read whole, and after it.
  writeWhole(join(dir, bundle), code);
  writeWhole(join(dir, MANIFEST), JSON.stringify({ bundle, inputs }));
  removeStaleBundles(dir, bundle);
  return bundle;
}

function removeStaleBundles(dir, current) {
  const now = Date.now();
  for (const name of readdirSync(dir)) {
    // The current bundle's compiled code (load-cli.mjs) is named after it, and kept with it.
    if (name.startsWith(current) || name === MANIFEST || !name.startsWith('cli-')) continue;
    const modified = modifiedAt(join(dir, name));
    if (modified !== undefined && now - modified > STALE_MS)
      rmSync(join(dir, name), { force: true });
  }
}

/**
 * The URL of the command line's bundle: the cached one when it is fresh, or one built now and kept
 * in the first of `dirs` that can be written.
 */
export async function cliBundleUrl(dirs = defaultCacheDirs()) {
  for (const dir of dirs) {
    const manifest = freshManifest(dir);
    if (manifest) return pathToFileURL(join(dir, manifest.bundle)).href;
  }
  const built = await build();
  let failure;
  for (const dir of dirs) {
    try {
      return pathToFileURL(join(dir, store(dir, built))).href;
    } catch (error) {
      failure = error;
    }
  }
  throw failure;
}
