import { decideRequest, type PreparedScenario } from '../engine/evaluate.ts';
import { principalOf, type PreparedPolicy, type PreparedPrincipal } from '../engine/prepare.ts';
import type { RequestDecision } from '../engine/trace.ts';
import type { RequestContext } from './event-context.ts';

/** Decisions kept at most; past this many they are forgotten and made again, so memory stays bounded. */
const MAX_DECISIONS = 100_000;

const VARIABLE = /\$\{([^}]*)\}/g;

/** A VPC endpoint policy applies by the request's aws:SourceVpce (engine/applicability.ts). */
const ALWAYS_READ = ['aws:sourcevpce'];

/** Derived from the time the request is decided at (engine/context.ts) unless the context gives them. */
const TIME_KEYS = ['aws:currenttime', 'aws:epochtime'];

const SEPARATOR = '\u0001';

/** Adds the keys a text's policy variables read (`${aws:username}`, `${aws:PrincipalTag/team, 'x'}`). */
function addVariables(text: string, into: Set<string>): void {
  if (!text.includes('${')) return;
  for (const match of text.matchAll(VARIABLE))
    into.add(match[1]!.split(',')[0]!.trim().toLowerCase());
}

/**
 * Every context key a policy's statements can read (their condition keys and variables); true when
 * one of its Principal or NotPrincipal entries names a role session.
 */
function addPolicyKeys(policy: PreparedPolicy, into: Set<string>): boolean {
  let namesSession = false;
  for (const statement of policy.statements) {
    if (statement.principal?.compiled.some((entry) => entry.kind === 'session'))
      namesSession = true;
    for (const condition of statement.conditions) {
      into.add(condition.entry.key.toLowerCase());
      addVariables(condition.entry.key, into);
      for (const value of condition.entry.values) addVariables(value.value, into);
    }
    for (const entry of statement.resource?.entries ?? []) addVariables(entry.entry.value, into);
  }
  return namesSession;
}

/**
 * Requests decided once each: CloudTrail's distinct calls mostly differ by what no policy reads (the
 * session of a role, aws:userid, ...), so a request is known by its principal, action, resource, the
 * values of the context keys the policies can read, and its time when a policy reads the time. A
 * role session is known by its role and the policies that apply to it, unless a Principal names a
 * session: the engine reads a session's own ARN nowhere else (aws:PrincipalArn is the role's). A
 * decision is the same object for every request known alike, its `id` that of the first; every
 * decision is forgotten when a principal brings in policies of the account not seen before.
 */
export class RequestDecisions {
  private decided = new Map<string, RequestDecision>();
  private read = new Set<string>();
  private timed = false;
  private sessionsNamed = false;
  private accountPolicies = -1;
  private readonly lowered = new Map<string, string>();
  /** Each principal as the key of its decisions. */
  private callers = new Map<string, string>();
  private readonly policyNumbers = new Map<PreparedPolicy, number>();

  constructor(private readonly prepared: PreparedScenario) {}

  /** Decisions held now. */
  get size(): number {
    return this.decided.size;
  }

  decide(
    principal: string,
    action: string,
    resource: string,
    context: RequestContext,
    index: number,
    now: Date,
  ): RequestDecision {
    const caller = this.callerOf(principal);
    const key = this.keyOf(caller, action, resource, context, now);
    const known = this.decided.get(key);
    if (known) return known;
    const request = { principal, action, resource, context };
    const decision = decideRequest(this.prepared, request, index, { now });
    if (this.decided.size >= MAX_DECISIONS) this.decided = new Map();
    this.decided.set(key, decision);
    return decision;
  }

  /** Collects the keys the policies read, when there are policies not seen yet, and forgets every decision. */
  private readKeysOfPolicies(): void {
    const { accountPolicies, policies } = this.prepared;
    if (accountPolicies.size === this.accountPolicies) return;
    const read = new Set(ALWAYS_READ);
    let sessionsNamed = false;
    for (const policy of [...policies, ...accountPolicies.values()])
      if (addPolicyKeys(policy, read)) sessionsNamed = true;
    this.read = read;
    this.sessionsNamed = sessionsNamed;
    this.callers = new Map();
    this.timed = TIME_KEYS.some((key) => read.has(key));
    this.accountPolicies = accountPolicies.size;
    this.decided = new Map();
  }

  /** The principal as its decisions are kept: a role session as its role and policies, unless a Principal names sessions. */
  private callerOf(raw: string): string {
    let caller = this.callers.get(raw);
    if (caller !== undefined) return caller;
    const prepared = principalOf(this.prepared, raw);
    // Preparing the principal may have brought in account policies: their keys are read first.
    this.readKeysOfPolicies();
    const { principal } = prepared;
    caller =
      principal.sessionArn === undefined || principal.arn === undefined || this.sessionsNamed
        ? raw
        : `${principal.arn}${SEPARATOR}${this.policiesOf(prepared)}`;
    if (this.callers.size >= MAX_DECISIONS) this.callers.clear();
    this.callers.set(raw, caller);
    return caller;
  }

  /** What of a prepared principal decides besides its ARN: the policies that apply, its account's keys. */
  private policiesOf(caller: PreparedPrincipal): string {
    const number = (policy: PreparedPolicy) => {
      let found = this.policyNumbers.get(policy);
      if (found === undefined) {
        found = this.policyNumbers.size;
        this.policyNumbers.set(policy, found);
      }
      return found;
    };
    const list = (policies: Iterable<PreparedPolicy>) => [...policies].map(number).join(',');
    const keys = caller.accountKeys ? JSON.stringify([...caller.accountKeys]) : '';
    return `${list(caller.attached)};${list(caller.identity)};${list(caller.boundaries)};${caller.hasBoundary};${caller.scpsApply};${keys}`;
  }

  private lower(key: string): string {
    let name = this.lowered.get(key);
    if (name === undefined) {
      if (this.lowered.size >= MAX_DECISIONS) this.lowered.clear();
      name = key.toLowerCase();
      this.lowered.set(key, name);
    }
    return name;
  }

  private keyOf(
    principal: string,
    action: string,
    resource: string,
    context: RequestContext,
    now: Date,
  ): string {
    let key = `${principal}${SEPARATOR}${action}${SEPARATOR}${resource}`;
    if (this.timed) key += `${SEPARATOR}${Math.floor(now.getTime() / 1000)}`;
    const names = Object.keys(context);
    for (let i = 0; i < names.length; i += 1) {
      const name = names[i]!;
      if (!this.read.has(this.lower(name))) continue;
      const value = context[name]!;
      key += `${SEPARATOR}${name}=${typeof value === 'string' ? `s${value}` : JSON.stringify(value)}`;
    }
    return key;
  }
}
