import type { CatalogIndexFile, ServiceFile } from './format.ts';
import type { ActionInfo, ConditionKeyInfo, ResourceTypeInfo, ServiceSummary } from './model.ts';
import { actionConditionKeys, ServiceCatalog } from './service.ts';
import { didYouMean } from './suggest.ts';
import { arnService, compileTemplate, type TemplateMatcher } from './template.ts';
import { hasWildcard, matchesWildcard } from './wildcard.ts';

/** Fetches one service's file: a dynamic import in the browser and in Node. */
export type ServiceLoader = (prefix: string) => Promise<ServiceFile>;

export type ActionLookup =
  | { kind: 'found'; action: ActionInfo }
  | { kind: 'unknown-service'; service: string; suggestion?: string }
  | { kind: 'unknown-action'; service: string; action: string; suggestion?: string }
  | { kind: 'malformed' };

export interface ArnMatch {
  service: string;
  resourceType: ResourceTypeInfo;
}

export interface ActionExpansion {
  actions: ActionInfo[];
  /** Prefixes the service part of the pattern matched. */
  services: string[];
}

/** Splits `s3:GetObject` into its service prefix and action name; undefined without a colon. */
export function splitAction(text: string): { service: string; action: string } | undefined {
  const colon = text.indexOf(':');
  if (colon <= 0) return undefined;
  return { service: text.slice(0, colon), action: text.slice(colon + 1) };
}

/**
 * AWS's service reference: the index (services, global keys) up front, each service's detail
 * loaded on first use and kept. Lookups on loaded services are synchronous.
 */
export class Catalog {
  readonly version: string;
  /** YYYY-MM-DD */
  readonly date: string;
  readonly services: readonly ServiceSummary[];
  readonly globalConditionKeys: readonly ConditionKeyInfo[];
  private readonly summaries: Map<string, ServiceSummary>;
  private readonly arnOwners: Record<string, string[]>;
  private readonly globalMatchers: [ConditionKeyInfo, TemplateMatcher][];
  private readonly cache = new Map<string, ServiceCatalog>();
  private readonly pending = new Map<string, Promise<ServiceCatalog>>();

  constructor(
    index: CatalogIndexFile,
    private readonly loader: ServiceLoader,
  ) {
    this.version = index.v;
    this.date = index.d;
    this.services = index.s.map(([prefix, name]) => ({ prefix, name }));
    this.summaries = new Map(this.services.map((s) => [s.prefix, s]));
    this.globalConditionKeys = index.g.map(([key, type]) => ({ key, type }));
    this.globalMatchers = this.globalConditionKeys.map((k) => [k, compileTemplate(k.key, true)]);
    this.arnOwners = index.n;
  }

  /** The service with this prefix; prefixes are matched case-insensitively, like actions. */
  service(prefix: string): ServiceSummary | undefined {
    return this.summaries.get(prefix.toLowerCase());
  }

  suggestService(prefix: string): string | undefined {
    return didYouMean(
      prefix,
      this.services.map((s) => s.prefix),
    );
  }

  /** The service's detail if it has been loaded already. */
  loaded(prefix: string): ServiceCatalog | undefined {
    return this.cache.get(prefix.toLowerCase());
  }

  /** Loads a service's detail once; undefined for an unknown prefix. */
  async load(prefix: string): Promise<ServiceCatalog | undefined> {
    const summary = this.service(prefix);
    if (!summary) return undefined;
    const cached = this.cache.get(summary.prefix);
    if (cached) return cached;
    let request = this.pending.get(summary.prefix);
    if (!request) {
      request = this.loader(summary.prefix).then((file) => {
        const service = new ServiceCatalog(summary, file);
        this.cache.set(summary.prefix, service);
        this.pending.delete(summary.prefix);
        return service;
      });
      this.pending.set(summary.prefix, request);
    }
    return request;
  }

  /** `s3:GetObject`, or why it is not an action, with a "did you mean" when one is close. */
  async lookupAction(text: string): Promise<ActionLookup> {
    const parts = splitAction(text);
    if (!parts || hasWildcard(text)) return { kind: 'malformed' };
    const service = await this.load(parts.service);
    if (!service) {
      const suggestion = this.suggestService(parts.service);
      return { kind: 'unknown-service', service: parts.service, ...(suggestion && { suggestion }) };
    }
    const action = service.action(parts.action);
    if (action) return { kind: 'found', action };
    const suggestion = service.suggestAction(parts.action);
    const found = {
      kind: 'unknown-action',
      service: service.prefix,
      action: parts.action,
    } as const;
    return suggestion ? { ...found, suggestion: `${service.prefix}:${suggestion}` } : found;
  }

  /** The prefixes the service part of an action pattern matches (`s3*:Get*` -> s3, s3express…). */
  servicesMatching(pattern: string): string[] {
    const parts = pattern === '*' ? { service: '*' } : splitAction(pattern);
    if (!parts) return [];
    return this.services.map((s) => s.prefix).filter((p) => matchesWildcard(parts.service, p));
  }

  /**
   * The actions an Action element value such as `s3:Get*`, `s3:*` or `*` stands for. Wildcards in
   * the service part load every matching service: check servicesMatching first where that is
   * too much.
   */
  async expandActions(pattern: string): Promise<ActionExpansion> {
    const action = pattern === '*' ? '*' : splitAction(pattern)?.action;
    const prefixes = this.servicesMatching(pattern);
    if (action === undefined) return { actions: [], services: [] };
    const loaded = await Promise.all(prefixes.map((p) => this.load(p)));
    return {
      actions: loaded.flatMap((service) => service?.matchActions(action) ?? []),
      services: prefixes,
    };
  }

  /**
   * The resource types whose ARN format `arn` fits, across the services that use its service
   * field, most specific only (see ServiceCatalog.resourceTypesForArn), the field's own service
   * first.
   */
  async resourceTypesForArn(arn: string): Promise<ArnMatch[]> {
    const field = arnService(arn);
    if (field === undefined) return [];
    const owners = this.arnOwners[field] ?? (this.service(field) ? [field] : []);
    const services = await Promise.all(owners.map((p) => this.load(p)));
    const matches = services.flatMap((service) =>
      service
        ? service.resourceTypesForArn(arn).map((m) => ({ ...m, service: service.prefix }))
        : [],
    );
    const best = Math.max(...matches.map((m) => m.specificity));
    return matches
      .filter((m) => m.specificity === best)
      .sort((a, b) => Number(b.service === field) - Number(a.service === field))
      .map(({ service, resourceType }) => ({ service, resourceType }));
  }

  /** A global (`aws:`) condition key, templates included (`aws:PrincipalTag/team`). */
  globalConditionKey(key: string): ConditionKeyInfo | undefined {
    const lower = key.toLowerCase();
    const exact = this.globalConditionKeys.find((k) => k.key.toLowerCase() === lower);
    return exact ?? this.globalMatchers.find(([, m]) => m.matches(key))?.[0];
  }

  /** A condition key of any service or a global one; loads the key's service. */
  async conditionKey(key: string): Promise<ConditionKeyInfo | undefined> {
    const global = this.globalConditionKey(key);
    if (global) return global;
    const prefix = key.slice(0, Math.max(0, key.indexOf(':')));
    return (await this.load(prefix))?.conditionKey(key);
  }

  /**
   * The keys a request for `action` (on `resourceTypeName`, if given) can carry: the global keys
   * and the service keys from the reference, each once.
   */
  conditionKeysForRequest(action: ActionInfo, resourceTypeName?: string): ConditionKeyInfo[] {
    const keys = new Map<string, ConditionKeyInfo>();
    for (const key of [
      ...actionConditionKeys(action, resourceTypeName),
      ...this.globalConditionKeys,
    ]) {
      if (!keys.has(key.key.toLowerCase())) keys.set(key.key.toLowerCase(), key);
    }
    return [...keys.values()];
  }

  suggestConditionKey(
    key: string,
    serviceKeys: readonly ConditionKeyInfo[] = [],
  ): string | undefined {
    return didYouMean(
      key,
      [...this.globalConditionKeys, ...serviceKeys].map((k) => k.key),
    );
  }
}
