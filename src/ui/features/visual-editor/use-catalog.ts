import { useEffect, useState } from 'react';
import { type ActionInfo, bundledCatalog, type ServiceCatalog } from '../../../core/index.ts';
import { statementActions } from '../../monaco/language/suggestions.ts';

const NO_ACTIONS: ActionInfo[] = [];

/** A service's detail, loaded on first use; undefined while loading or for an unknown prefix. */
export function useCatalogService(prefix: string | undefined): ServiceCatalog | undefined {
  const catalog = bundledCatalog();
  const [loaded, setLoaded] = useState<ServiceCatalog | undefined>(undefined);
  useEffect(() => {
    if (prefix === undefined || catalog.loaded(prefix)) return;
    let live = true;
    void catalog.load(prefix).then((service) => {
      if (live) setLoaded(service);
    });
    return () => {
      live = false;
    };
  }, [catalog, prefix]);
  if (prefix === undefined) return undefined;
  return catalog.loaded(prefix) ?? (loaded?.prefix === prefix ? loaded : undefined);
}

/**
 * The catalog's actions that the Action values (`s3:GetObject`, `s3:Get*`) stand for, loading the
 * services they name; empty until loaded.
 */
export function useStatementActions(values: readonly string[]): ActionInfo[] {
  const key = values.join('\n');
  const [found, setFound] = useState({ key: '', actions: NO_ACTIONS });
  useEffect(() => {
    if (key === '') return;
    let live = true;
    void statementActions(bundledCatalog(), key.split('\n')).then((actions) => {
      if (live) setFound({ key, actions });
    });
    return () => {
      live = false;
    };
  }, [key]);
  return found.key === key ? found.actions : NO_ACTIONS;
}
