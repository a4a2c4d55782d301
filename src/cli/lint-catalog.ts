import { readFileSync } from 'node:fs';
import {
  lintServiceOf,
  ServiceCatalog,
  type CatalogIndexFile,
  type CatalogService,
  type LintCatalog,
  type ServiceFile,
} from '../core/index.ts';

const DATA = new URL('../core/catalog/data/', import.meta.url);

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(new URL(path, DATA), 'utf8')) as T;
}

/**
 * The bundled service reference for the command line, read from the catalog's data files as
 * lint asks for each service: synchronous, so `lint` needs no event loop turn per service.
 */
export function fileLintCatalog(): LintCatalog {
  const index = readJson<CatalogIndexFile>('index.json');
  const names = new Map(index.s.map(([prefix, name]) => [prefix, name]));
  const globalKeys = index.g.map(([name, type]) => ({ name, type }));
  const services = new Map<string, CatalogService>();
  return {
    date: index.d,
    servicePrefixes: () => [...names.keys()],
    hasService: (prefix) => names.has(prefix.toLowerCase()),
    service: (prefix) => {
      const lower = prefix.toLowerCase();
      const name = names.get(lower);
      if (name === undefined) return undefined;
      let service = services.get(lower);
      if (!service) {
        const file = readJson<ServiceFile>(`services/${lower}.json`);
        service = lintServiceOf(new ServiceCatalog({ prefix: lower, name }, file));
        services.set(lower, service);
      }
      return service;
    },
    globalConditionKeys: () => globalKeys,
  };
}
