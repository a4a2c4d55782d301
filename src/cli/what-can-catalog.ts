import { readFileSync } from 'node:fs';
import {
  newBundledCatalog,
  ServiceCatalog,
  type ServiceFile,
  type WhatCanCatalog,
} from '../core/index.ts';

const SERVICES = new URL('../core/catalog/data/services/', import.meta.url);

/**
 * The bundled service reference for what-can on the command line: each service's file read as
 * whatCan asks for it, synchronously, so the command needs no event loop turn per service.
 */
export function fileWhatCanCatalog(): WhatCanCatalog {
  const catalog = newBundledCatalog();
  const loaded = new Map<string, ServiceCatalog>();
  return {
    services: catalog.services,
    service: (prefix) => catalog.service(prefix),
    servicesMatching: (pattern) => catalog.servicesMatching(pattern),
    loaded: (prefix) => {
      const summary = catalog.service(prefix);
      if (!summary) return undefined;
      let service = loaded.get(summary.prefix);
      if (!service) {
        const path = new URL(`${summary.prefix}.json`, SERVICES);
        const file = JSON.parse(readFileSync(path, 'utf8')) as ServiceFile;
        service = new ServiceCatalog(summary, file);
        loaded.set(summary.prefix, service);
      }
      return service;
    },
  };
}
