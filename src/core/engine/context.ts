import type { ContextValue } from '../scenario/model.ts';
import type { RequestPrincipal } from '../principal/request-principal.ts';
import type { RequestContext } from './request-context.ts';

/** aws:CurrentTime as AWS writes it: ISO 8601 in UTC, to the second. */
export function formatCurrentTime(now: Date): string {
  return now.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

const LOWERED_LIMIT = 10_000;
/** A request that gives at most this many context keys has them looked through, not mapped. */
const FEW_KEYS = 8;
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

/** The given keys by their lower-case names, and the names given as arrays (multivalued keys). */
interface GivenKeys {
  values: Map<string, string[]>;
  multi: Set<string> | undefined;
}

const NO_KEYS: GivenKeys = { values: new Map(), multi: undefined };

/** A request's few given keys: their lower-case names and their values, side by side. */
interface FewKeys {
  names: string[];
  values: ContextValue[];
}

/** Own keys only: a context object's prototype is no part of the request. */
function readGiven(entries: Record<string, ContextValue>): GivenKeys {
  const given: GivenKeys = { values: new Map(), multi: undefined };
  const keys = Object.keys(entries);
  for (let i = 0; i < keys.length; i += 1) {
    const key = keys[i]!;
    const value = entries[key];
    if (value === undefined) continue;
    const name = lowerKey(key);
    if (Array.isArray(value)) {
      given.values.set(name, value);
      (given.multi ??= new Set()).add(name);
    } else {
      given.values.set(name, [value]);
    }
  }
  return given;
}

/**
 * The request's context: the keys the scenario gives, then those the scenario's account gives its
 * principal (aws:username, aws:userid, aws:PrincipalTag/*, aws:PrincipalAccount), then the global
 * keys AWS derives from the request itself (scenario format, "Principals"). A given key overrides a
 * derived one. The given
 * keys are read when the first key is asked for: many requests are decided without their context.
 */
class ScenarioRequestContext implements RequestContext {
  // Declared, not defined: one is made per request, and field definitions run as many more steps.
  declare private readonly entries: Record<string, ContextValue> | undefined;
  declare private readonly principal: RequestPrincipal;
  declare private readonly resourceAccount: string | undefined;
  declare private readonly now: Date;
  declare private readonly accountKeys: ReadonlyMap<string, string[]> | undefined;
  declare private givenKeys: GivenKeys | undefined;
  /** The request gives at most FEW_KEYS keys, looked through for each lookup; counted once. */
  declare private fewKeys: boolean | undefined;
  /**
   * Those few keys' names in lower case, each with its value, in the order given: lowered once
   * for the request, not at each lookup (a policy of 50 statements looks keys up dozens of times).
   */
  declare private few: FewKeys | undefined;
  declare private derived: Map<string, string[] | undefined> | undefined;

  constructor(
    entries: Record<string, ContextValue> | undefined,
    principal: RequestPrincipal,
    resourceAccount: string | undefined,
    now: Date,
    accountKeys: ReadonlyMap<string, string[]> | undefined,
  ) {
    this.entries = entries;
    this.principal = principal;
    this.resourceAccount = resourceAccount;
    this.now = now;
    this.accountKeys = accountKeys;
    this.givenKeys = undefined;
    this.fewKeys = undefined;
    this.few = undefined;
    this.derived = undefined;
  }

  get(key: string): string[] | undefined {
    const name = lowerKey(key);
    const given = this.givenValues(name);
    if (given !== undefined) return given;
    if (!name.startsWith('aws:') && name !== 'saml:doc') return undefined;
    this.derived ??= new Map();
    if (this.derived.has(name)) return this.derived.get(name);
    const value = this.derive(name);
    this.derived.set(name, value);
    return value;
  }

  isMultiValued(key: string): boolean {
    if (this.entries === undefined) return false;
    const name = lowerKey(key);
    if (this.hasFewKeys()) return this.givenAsArray(name);
    return this.given().multi?.has(name) ?? false;
  }

  /**
   * The given values of the key `name` (in lower case). A request gives few keys, mostly: they are
   * looked through, where a map of them would cost more to make than the few lookups it saves.
   */
  private givenValues(name: string): string[] | undefined {
    if (this.entries === undefined) return undefined;
    if (!this.hasFewKeys()) return this.given().values.get(name);
    const value = this.givenEntry(name);
    return value === undefined || Array.isArray(value) ? value : [value];
  }

  private hasFewKeys(): boolean {
    if (this.fewKeys === undefined) {
      const entries = this.entries;
      let count = 0;
      for (const key in entries) if (Object.hasOwn(entries, key)) count += 1;
      this.fewKeys = count <= FEW_KEYS;
    }
    return this.fewKeys;
  }

  /** The few given keys, lowered: as readGiven reads them, own keys with a value only. */
  private readFew(): FewKeys {
    if (this.few === undefined) {
      const entries = this.entries!;
      const few: FewKeys = { names: [], values: [] };
      for (const key in entries) {
        const value = entries[key];
        if (value === undefined || !Object.hasOwn(entries, key)) continue;
        few.names.push(lowerKey(key));
        few.values.push(value);
      }
      this.few = few;
    }
    return this.few;
  }

  /**
   * The value given for the key `name` (in lower case), looked for key by key: as readGiven reads
   * them, the last of two that differ only in case.
   */
  private givenEntry(name: string): ContextValue | undefined {
    const { names, values } = this.readFew();
    let found: ContextValue | undefined;
    for (let i = 0; i < names.length; i += 1) if (names[i] === name) found = values[i];
    return found;
  }

  /** Some value given for the key `name` (in lower case) is an array, as readGiven reads them. */
  private givenAsArray(name: string): boolean {
    const { names, values } = this.readFew();
    for (let i = 0; i < names.length; i += 1) {
      if (names[i] === name && Array.isArray(values[i])) return true;
    }
    return false;
  }

  private given(): GivenKeys {
    return (this.givenKeys ??= this.entries ? readGiven(this.entries) : NO_KEYS);
  }

  private derive(name: string): string[] | undefined {
    const fromAccount = this.accountKeys?.get(name);
    if (fromAccount !== undefined) return fromAccount;
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
      // "Except for saml:doc, all the values are derived from the SAML assertion" (IAM and AWS STS
      // condition context keys, "Available keys for SAML-based AWS STS federation").
      case 'saml:doc':
        return single(principal.samlDoc);
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
  accountKeys?: ReadonlyMap<string, string[]>,
): RequestContext {
  return new ScenarioRequestContext(entries, principal, resourceAccount, now, accountKeys);
}
