// Loads the command line's bundle (cli-bundle.mjs) with V8's code cache. Compiling the bundle's
// 1.4 MB took about a third of each command's start-up: V8 keeps what it compiled for one run of a
// command beside the bundle, and the next run of that command starts from it, the functions it
// compiled when first called included.
import Module, { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { constants, Script } from 'node:vm';
import { cliBundleUrl, writeWhole } from './cli-bundle.mjs';

const OTHER = 'other';

/** A cache per command: each compiles its own functions. Anything else (--help) shares one. */
function cacheName(command) {
  return typeof command === 'string' && /^[a-z][a-z-]{0,29}$/.test(command) ? command : OTHER;
}

function readIfThere(path) {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}

/**
 * The command line, compiled from the code cache of `command` when there is one that V8 accepts.
 * keepCompiledCode, called once the command has run, writes that cache when there was none (or V8
 * refused it: damaged, or made with other V8 flags); a folder that cannot be written is left as it is.
 */
export async function loadCli(command, dirs) {
  const file = fileURLToPath(await cliBundleUrl(dirs, command));
  // Named for the V8 that made it too: two Nodes sharing the folder would refuse each other's.
  const name = cacheName(command);
  const cacheFile = `${file}.${name}.v8-${process.versions.v8}.cache`;
  const cachedData = readIfThere(cacheFile);
  const script = new Script(Module.wrap(readFileSync(file, 'utf8')), {
    filename: file,
    cachedData,
    // An import() in the command line's code loads as it would in a module of its own.
    importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  const fromCodeCache = cachedData !== undefined && !script.cachedDataRejected;
  return {
    runCli: module.exports.runCli,
    fromCodeCache,
    keepCompiledCode() {
      // A mistyped command has nothing to keep: it only printed the usage.
      if (fromCodeCache || (name !== OTHER && !module.exports.isCommand(name))) return;
      try {
        writeWhole(cacheFile, script.createCachedData());
      } catch {
        // The cache only saves time: without it, the next run compiles the bundle again.
      }
    },
  };
}
