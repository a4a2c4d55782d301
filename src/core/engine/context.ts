import type { ContextValue } from '../scenario/model.ts';
import type { RequestPrincipal } from '../principal/request-principal.ts';
import type { RequestContext } from './request-context.ts';

/** aws:CurrentTime as AWS writes it: ISO 8601 in UTC, to the second. */
export function formatCurrentTime(now: Date): string {
  return now.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

const LOWERED_LIMIT = 10_000;
const lowered = new Map<string, string>();

/** Key names are case-insensitive; policies repeat the same few names, so their lower case is kept. */
function lowerKey(key: string): string {
  let name = lowered.get(key);
  if (name === undefined) {
    if (lowered.size >= LOWERED_LIMIT) lowered.clear();
    name = key.toLowerCase();
    lowered.set(key, name);
  }
  return name;
}

function single(value: string | undefined): string[] | undefined {
  return value === undefined ? undefined : [value];
}

/** Up to this many given keys, a key is found by reading them all; more are put in a Map. */
const SCAN_LIMIT = 8;

/**
 * The request's context: the keys the scenario gives, then the global keys AWS derives from the
 * request itself (scenario format, "Principals"). A given key overrides a derived one. Nothing is
 * read before a key is asked for: many requests are decided without their context.
 */
class ScenarioRequestContext implements RequestContext {
  private keys: string[] | undefined;
  private byName: Map<string, ContextValue> | undefined;
  private derived: Map<string, string[] | undefined> | undefined;

  constructor(
    private readonly entries: Record<string, ContextValue> | undefined,
    private readonly principal: RequestPrincipal,
    private readonly resourceAccount: string | undefined,
    private readonly now: Date,
  ) {}

  get(key: string): string[] | undefined {
    const name = lowerKey(key);
    const given = this.given(name);
    if (given !== undefined) return typeof given === 'string' ? [given] : given;
    if (!name.startsWith('aws:')) return undefined;
    this.derived ??= new Map();
    if (this.derived.has(name)) return this.derived.get(name);
    const value = this.derive(name);
    this.derived.set(name, value);
    return value;
  }

  isMultiValued(key: string): boolean {
    return Array.isArray(this.given(lowerKey(key)));
  }

  /** The value given for a key, by its lower-case name (the last one given, if several differ in case). */
  private given(name: string): ContextValue | undefined {
    const entries = this.entries;
    if (entries === undefined) return undefined;
    if (this.byName !== undefined) return this.byName.get(name);
    // Own keys only: a context object's prototype is no part of the request.
    const keys = (this.keys ??= Object.keys(entries));
    if (keys.length > SCAN_LIMIT) {
      this.byName = new Map();
      for (const key of keys) {
        const value = entries[key];
        if (value !== undefined) this.byName.set(lowerKey(key), value);
      }
      return this.byName.get(name);
    }
    let found: ContextValue | undefined;
    for (let i = 0; i < keys.length; i += 1) {
      const key = keys[i]!;
      if (lowerKey(key) !== name) continue;
      found = entries[key] ?? found;
    }
    return found;
  }

  private derive(name: string): string[] | undefined {
    const principal = this.principal;
    switch (name) {
      case 'aws:principalarn':
        return single(principal.arn);
      case 'aws:principalaccount':
        return single(principal.account);
      case 'aws:principaltype':
        return single(principal.principalType);
      case 'aws:username':
        return single(principal.kind === 'user' ? principal.userName : undefined);
      case 'aws:resourceaccount':
        return single(this.resourceAccount);
      case 'aws:currenttime':
        return [formatCurrentTime(this.now)];
      case 'aws:epochtime':
        return [String(Math.floor(this.now.getTime() / 1000))];
      default:
        return undefined;
    }
  }
}

export function buildRequestContext(
  entries: Record<string, ContextValue> | undefined,
  principal: RequestPrincipal,
  resourceAccount: string | undefined,
  now: Date,
): RequestContext {
  return new ScenarioRequestContext(entries, principal, resourceAccount, now);
}
