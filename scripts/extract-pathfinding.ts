import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { Catalogue } from '../src/core/escalation/catalogue-model.ts';
import { STUDIO_CATALOGUE } from '../src/core/escalation/studio-catalogue.ts';

/**
 * Compares the studio's own escalation catalogue with a snapshot of DataDog's pathfinding.cloud
 * (Apache-2.0), the reference for its path ids, so that a maintainer can keep it up to date:
 *   npx tsx scripts/extract-pathfinding.ts [git directory of DataDog/pathfinding.cloud]
 * Reads data/paths/**.yaml at the snapshot's HEAD and prints the paths the studio lacks, those it
 * reads with other required permissions, and its own paths the snapshot no longer has; exits 1
 * when there is any. Nothing is written: the studio ships only its own catalogue
 * (src/core/escalation/studio-catalogue.ts).
 */

const DEFAULT_MIRROR = '/work/.mirror/DataDog+pathfinding.cloud/repo';
const COMMAND =
  'npx tsx scripts/extract-pathfinding.ts <git directory of DataDog/pathfinding.cloud>';

/** What the comparison reads of one upstream path. */
export interface UpstreamPath {
  id: string;
  name: string;
  /** The required permissions' actions. */
  actions: string[];
}

export interface Snapshot {
  commit: string;
  commitDate: string;
  paths: UpstreamPath[];
}

export interface CatalogueDifference {
  id: string;
  kind: 'missing' | 'permissions' | 'not-upstream';
  detail: string;
}

interface RawPath {
  id?: unknown;
  name?: unknown;
  permissions?: { required?: { permission?: unknown }[] };
}

function git(directory: string, ...args: string[]): string {
  return execFileSync('git', ['-C', directory, ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
}

function text(value: unknown, where: string): string {
  if (typeof value !== 'string' || value.trim() === '')
    throw new Error(`${where}: expected a non-empty text`);
  return value;
}

function toUpstream(raw: RawPath, file: string): UpstreamPath {
  const required = raw.permissions?.required ?? [];
  if (required.length === 0) throw new Error(`${file}: no required permission`);
  return {
    id: text(raw.id, `${file} id`),
    name: text(raw.name, `${file} name`),
    actions: required.map((entry, index) =>
      text(entry.permission, `${file} permissions.required[${index}].permission`),
    ),
  };
}

/** The paths of a git directory or work tree of pathfinding.cloud, at its HEAD. */
export function readPathfinding(directory: string): Snapshot {
  const [commit = '', commitDate = ''] = git(directory, 'log', '-1', '--format=%H%n%cI', 'HEAD')
    .trim()
    .split('\n');
  const paths = git(directory, 'ls-tree', '-r', '--name-only', 'HEAD', 'data/paths')
    .split('\n')
    .filter((file) => file.endsWith('.yaml'))
    .map((file) => {
      // Upstream files are read by PyYAML, where a repeated key keeps its last value.
      const raw = parse(git(directory, 'show', `HEAD:${file}`), { uniqueKeys: false }) as RawPath;
      return toUpstream(raw, file);
    })
    .sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));
  return { commit, commitDate, paths };
}

const actionSet = (actions: readonly string[]) => [...new Set(actions)].sort().join(' + ');

/** Where `catalogue` and the upstream paths part: by id, then by the set of required actions. */
export function compareCatalogue(
  catalogue: Catalogue,
  upstream: readonly UpstreamPath[],
): CatalogueDifference[] {
  const ours = new Map(catalogue.paths.map((path) => [path.id, path]));
  const differences: CatalogueDifference[] = [];
  for (const path of upstream) {
    const own = ours.get(path.id);
    if (!own) {
      differences.push({ id: path.id, kind: 'missing', detail: path.name });
      continue;
    }
    const theirs = actionSet(path.actions);
    const mine = actionSet(own.permissions.map((permission) => permission.action));
    if (theirs !== mine)
      differences.push({
        id: path.id,
        kind: 'permissions',
        detail: `pathfinding.cloud: ${theirs}; studio: ${mine}`,
      });
  }
  const upstreamIds = new Set(upstream.map((path) => path.id));
  for (const path of catalogue.paths)
    if (!upstreamIds.has(path.id))
      differences.push({ id: path.id, kind: 'not-upstream', detail: path.name });
  return differences;
}

function main(directory: string): number {
  if (!existsSync(directory)) {
    console.error(`No pathfinding.cloud repository at ${directory}. Usage: ${COMMAND}`);
    return 2;
  }
  const snapshot = readPathfinding(directory);
  const differences = compareCatalogue(STUDIO_CATALOGUE, snapshot.paths);
  console.log(
    `pathfinding.cloud at ${snapshot.commit} (${snapshot.commitDate}): ${snapshot.paths.length} paths; studio catalogue ${STUDIO_CATALOGUE.version}: ${STUDIO_CATALOGUE.paths.length} paths`,
  );
  for (const { id, kind, detail } of differences) console.log(`${kind}\t${id}\t${detail}`);
  if (differences.length === 0) console.log('No difference.');
  return differences.length === 0 ? 0 : 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1])
  process.exit(main(process.argv[2] ?? DEFAULT_MIRROR));
