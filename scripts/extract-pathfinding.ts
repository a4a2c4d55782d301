import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type {
  Catalogue,
  CataloguePath,
  PathCategory,
  PathPermission,
  StepResource,
} from '../src/core/escalation/catalogue-model.ts';
import { CATEGORIES } from '../src/core/escalation/catalogue-model.ts';
import { readCatalogue } from '../src/core/escalation/read-catalogue.ts';

/**
 * Vendors DataDog's pathfinding.cloud catalogue (Apache-2.0) into the studio at build time:
 *   npx tsx scripts/extract-pathfinding.ts [git directory of DataDog/pathfinding.cloud]
 * Reads data/paths/**.yaml at the repository's HEAD and writes the fields the escalation matcher
 * needs, plus the notice that attributes them. Nothing is fetched at run time.
 */

const REPOSITORY = 'https://github.com/DataDog/pathfinding.cloud';
const DEFAULT_MIRROR = '/work/.mirror/DataDog+pathfinding.cloud/repo';
const PATHS_FILE = 'src/core/escalation/pathfinding-paths.generated.json';
const NOTICE_FILE = 'src/core/escalation/PATHFINDING-NOTICE.md';
const COMMAND =
  'npx tsx scripts/extract-pathfinding.ts <git directory of DataDog/pathfinding.cloud>';

interface RawPermission {
  permission?: unknown;
  resourceConstraints?: unknown;
}

interface RawPath {
  id?: unknown;
  name?: unknown;
  category?: unknown;
  description?: unknown;
  prerequisites?: unknown;
  permissions?: { required?: RawPermission[] };
}

function git(directory: string, ...args: string[]): string {
  return execFileSync('git', ['-C', directory, ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
}

/**
 * The studio's reading of each IAM and STS action's "resourceConstraints" text in the catalogue:
 * which resource of the account the action is asked on. Any other IAM or STS action stops the
 * extraction so that a new catalogue path gets a decision rather than a guess.
 */
function iamResource(action: string, category: PathCategory): StepResource | undefined {
  const self = category === 'self-escalation';
  switch (action) {
    case 'iam:PassRole':
      return 'passed-role';
    case 'iam:CreatePolicyVersion':
      return self ? 'own-policy' : 'target-role-policy';
    case 'iam:CreateAccessKey':
    case 'iam:DeleteAccessKey':
    case 'iam:CreateLoginProfile':
    case 'iam:UpdateLoginProfile':
      return 'other-user';
    case 'iam:PutUserPolicy':
    case 'iam:AttachUserPolicy':
      return self ? 'self-user' : 'other-user';
    case 'iam:PutRolePolicy':
    case 'iam:AttachRolePolicy':
      return self ? 'self-role' : 'target-role';
    case 'iam:UpdateAssumeRolePolicy':
    case 'sts:AssumeRole':
      return 'target-role';
    case 'iam:AttachGroupPolicy':
    case 'iam:PutGroupPolicy':
      return 'own-group';
    case 'iam:AddUserToGroup':
      return 'any-group';
    default:
      return undefined;
  }
}

function resourceOf(
  action: string,
  category: PathCategory,
  passesRole: boolean,
  where: string,
): StepResource {
  if (action.startsWith('iam:') || action.startsWith('sts:')) {
    const resource = iamResource(action, category);
    if (!resource) throw new Error(`${where}: no reading of ${action}'s resource; add one`);
    return resource;
  }
  // With PassRole the other actions create or start the resource that runs as the passed role.
  return passesRole ? 'new-resource' : 'existing-resource';
}

const SERVICE_PRINCIPAL = /\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.amazonaws\.com\b/g;

function servicePrincipalsIn(texts: readonly string[]): string[] {
  const found = new Set<string>();
  for (const text of texts)
    for (const match of text.matchAll(SERVICE_PRINCIPAL)) found.add(match[0]);
  return [...found].sort();
}

function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}

function firstSentence(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const end = flat.search(/\.\s/);
  return end === -1 ? flat : flat.slice(0, end + 1);
}

function text(value: unknown, where: string): string {
  if (typeof value !== 'string' || value.trim() === '')
    throw new Error(`${where}: expected a non-empty text`);
  return value;
}

function toPath(raw: RawPath, file: string): CataloguePath {
  const id = text(raw.id, `${file} id`);
  const category = text(raw.category, `${file} category`) as PathCategory;
  if (!CATEGORIES.includes(category)) throw new Error(`${file}: unknown category ${category}`);
  const required = raw.permissions?.required ?? [];
  const actions = required.map((entry, index) =>
    text(entry.permission, `${file} permissions.required[${index}].permission`),
  );
  if (actions.length === 0) throw new Error(`${file}: no required permission`);
  const passesRole = actions.includes('iam:PassRole');
  const permissions: PathPermission[] = actions.map((action) => ({
    action,
    resource: resourceOf(action, category, passesRole, `${file} ${action}`),
  }));
  const path: CataloguePath = {
    id,
    name: text(raw.name, `${file} name`),
    category,
    description: firstSentence(text(raw.description, `${file} description`)),
    url: `https://pathfinding.cloud/paths/${id}`,
    permissions,
  };
  if (passesRole) {
    const constraints = required.flatMap((entry) => stringsIn(entry.resourceConstraints));
    path.passRole = {
      services: servicePrincipalsIn([...stringsIn(raw.prerequisites), ...constraints]),
      // The catalogue's new-passrole category: the service runs what the caller supplies as the role.
      runsCode: category === 'new-passrole',
    };
  }
  return path;
}

function readPaths(directory: string): CataloguePath[] {
  const files = git(directory, 'ls-tree', '-r', '--name-only', 'HEAD', 'data/paths')
    .split('\n')
    .filter((file) => file.endsWith('.yaml'));
  return files
    .map((file) => {
      // Upstream files are read by PyYAML, where a repeated key keeps its last value.
      const raw = parse(git(directory, 'show', `HEAD:${file}`), { uniqueKeys: false }) as RawPath;
      return toPath(raw, file);
    })
    .sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));
}

function notice(directory: string, commit: string, commitDate: string, count: number): string {
  const license = git(directory, 'show', 'HEAD:LICENSE').trimEnd();
  const upstreamNotice = git(directory, 'show', 'HEAD:NOTICE').trimEnd();
  return `# pathfinding.cloud catalogue

\`pathfinding-paths.generated.json\` holds ${count} privilege escalation paths extracted from
DataDog's pathfinding.cloud catalogue, under the Apache License 2.0 (below). Path ids, names,
categories and required permissions are the catalogue's; each path links to its page on
https://pathfinding.cloud. The descriptions are the first sentence of the catalogue's. Which
account resource each permission is asked on, and the service principals a passed role must trust,
are the studio's reading of the catalogue's \`resourceConstraints\` and \`prerequisites\` texts
(scripts/extract-pathfinding.ts).

- Source: ${REPOSITORY}
- Commit: ${commit} (${commitDate})
- Extracted: ${new Date().toISOString().slice(0, 10)}
- Command: \`${COMMAND}\`

## NOTICE of pathfinding.cloud

\`\`\`text
${upstreamNotice}
\`\`\`

## LICENSE of pathfinding.cloud

\`\`\`text
${license}
\`\`\`
`;
}

/** The catalogue and its notice, from a git directory or work tree of pathfinding.cloud. */
export function extractPathfinding(directory: string): { catalogue: Catalogue; notice: string } {
  const [commit = '', commitDate = ''] = git(directory, 'log', '-1', '--format=%H%n%cI', 'HEAD')
    .trim()
    .split('\n');
  const paths = readPaths(directory);
  // The studio reads the result with the same checks, so a path it could not load stops here.
  const catalogue = readCatalogue({ source: REPOSITORY, commit, commitDate, paths });
  return { catalogue, notice: notice(directory, commit, commitDate, paths.length) };
}

function main(directory: string): void {
  if (!existsSync(directory)) {
    console.error(`No pathfinding.cloud repository at ${directory}. Usage: ${COMMAND}`);
    process.exit(2);
  }
  const { catalogue, notice } = extractPathfinding(directory);
  writeFileSync(PATHS_FILE, `${JSON.stringify(catalogue, null, 2)}\n`);
  writeFileSync(NOTICE_FILE, notice);
  console.log(
    `${catalogue.paths.length} paths from ${REPOSITORY} at ${catalogue.commit} written to ${PATHS_FILE}`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1])
  main(process.argv[2] ?? DEFAULT_MIRROR);
