import {
  CATEGORIES,
  STEP_RESOURCES,
  type Catalogue,
  type CataloguePath,
  type PathPermission,
} from './catalogue-model.ts';

/** A catalogue that does not have the expected shape: what is wrong and where. */
export class CatalogueError extends Error {}

type Json = Record<string, unknown>;

const PATH_FIELDS = new Set([
  'id',
  'name',
  'category',
  'description',
  'url',
  'docs',
  'permissions',
  'passRole',
]);

function isObject(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function text(value: unknown, where: string): string {
  if (typeof value !== 'string' || value === '')
    throw new CatalogueError(`${where}: expected a non-empty string`);
  return value;
}

function oneOf<T extends string>(values: readonly T[], value: unknown, where: string): T {
  if (!values.includes(value as T))
    throw new CatalogueError(
      `${where}: ${JSON.stringify(value)} is not one of ${values.join(', ')}`,
    );
  return value as T;
}

function readPermission(value: unknown, where: string): PathPermission {
  if (!isObject(value)) throw new CatalogueError(`${where}: expected an object`);
  return {
    action: text(value.action, `${where}.action`),
    resource: oneOf(STEP_RESOURCES, value.resource, `${where}.resource`),
  };
}

function readPath(value: unknown, where: string): CataloguePath {
  if (!isObject(value)) throw new CatalogueError(`${where}: expected an object`);
  const id = text(value.id, `${where}.id`);
  const at = `${where} (${id})`;
  const unknown = Object.keys(value).filter((key) => !PATH_FIELDS.has(key));
  if (unknown.length > 0) throw new CatalogueError(`${at}: unknown field ${unknown.join(', ')}`);
  if (!Array.isArray(value.permissions) || value.permissions.length === 0)
    throw new CatalogueError(`${at}.permissions: expected at least one permission`);
  const path: CataloguePath = {
    id,
    name: text(value.name, `${at}.name`),
    category: oneOf(CATEGORIES, value.category, `${at}.category`),
    description: text(value.description, `${at}.description`),
    url: text(value.url, `${at}.url`),
    docs: text(value.docs, `${at}.docs`),
    permissions: value.permissions.map((permission, index) =>
      readPermission(permission, `${at}.permissions[${index}]`),
    ),
  };
  if (value.passRole !== undefined) {
    const passRole = value.passRole;
    if (
      !isObject(passRole) ||
      !Array.isArray(passRole.services) ||
      typeof passRole.runsCode !== 'boolean'
    )
      throw new CatalogueError(
        `${at}.passRole: expected { services: string[], runsCode: boolean }`,
      );
    path.passRole = {
      services: passRole.services.map((service, index) =>
        text(service, `${at}.passRole.services[${index}]`),
      ),
      runsCode: passRole.runsCode,
    };
  }
  return path;
}

/** Checks a catalogue read from JSON, naming the first thing wrong and where. */
export function readCatalogue(value: unknown): Catalogue {
  if (!isObject(value) || !Array.isArray(value.paths))
    throw new CatalogueError('catalogue: expected an object with a "paths" array');
  const paths = value.paths.map((path, index) => readPath(path, `paths[${index}]`));
  const seen = new Set<string>();
  for (const path of paths) {
    if (seen.has(path.id)) throw new CatalogueError(`catalogue: path id ${path.id} appears twice`);
    seen.add(path.id);
  }
  return {
    source: text(value.source, 'catalogue.source'),
    version: text(value.version, 'catalogue.version'),
    paths,
  };
}
