import type { Node } from 'jsonc-parser';
import { parseRequestPrincipal } from '../principal/request-principal.ts';
import type { ContextValue, Decision, ScenarioRequest } from './model.ts';
import { describeType, readEntry, readRequiredString, readString, type Report } from './nodes.ts';

const DECISIONS: readonly Decision[] = ['allowed', 'explicitDeny', 'implicitDeny'];

function isDecision(value: unknown): value is Decision {
  return DECISIONS.includes(value as Decision);
}

function isKnownPrincipal(principal: string): boolean {
  return parseRequestPrincipal(principal).kind !== 'unknown';
}

function readExpect(node: Node | undefined, report: Report): Decision | undefined {
  const value = readString(node, 'expect', report);
  if (value === undefined || !node) return undefined;
  if (isDecision(value)) return value;
  report(`expect must be one of ${DECISIONS.join(', ')}, not "${value}"`, node);
  return undefined;
}

function readContext(
  node: Node | undefined,
  report: Report,
): Record<string, ContextValue> | undefined {
  if (!node) return undefined;
  if (node.type !== 'object') {
    report(`context must be an object, not ${describeType(node)}`, node);
    return undefined;
  }
  // Without a prototype, keys such as "__proto__" or "constructor" are plain keys like any other.
  const context = Object.create(null) as Record<string, ContextValue>;
  const seen = new Set<string>();
  for (const property of node.children ?? []) {
    const [keyNode, valueNode] = property.children ?? [];
    if (!keyNode || !valueNode) continue;
    const key = String(keyNode.value);
    if (seen.has(key.toLowerCase())) {
      report(`context key "${key}" is given twice (key names are case-insensitive)`, keyNode);
      continue;
    }
    seen.add(key.toLowerCase());
    if (valueNode.type === 'string') {
      context[key] = String(valueNode.value);
    } else if (valueNode.type === 'array') {
      const items = valueNode.children ?? [];
      const bad = items.find((item) => item.type !== 'string');
      if (bad) report(`context "${key}" must hold only strings, not ${describeType(bad)}`, bad);
      else context[key] = items.map((item) => String(item.value));
    } else {
      report(
        `context "${key}" must be a string or an array of strings (write numbers and booleans as strings), not ${describeType(valueNode)}`,
        valueNode,
      );
    }
  }
  return context;
}

/** One entry of `requests`; undefined when it has errors (already reported). */
export function readRequest(
  node: Node,
  index: number,
  report: Report,
): ScenarioRequest | undefined {
  const entry = readEntry(node, `requests[${index}]`, report);
  if (!entry) return undefined;
  const { fields, check } = entry;
  const idNode = fields.get('id');
  const id = readString(idNode, 'id', check);
  if (id === '' && idNode) check('id must not be empty', idNode);
  const principalNode = fields.get('principal');
  const principal = readRequiredString(principalNode, 'principal', node, check);
  if (principal !== undefined && principalNode && !isKnownPrincipal(principal)) {
    check(
      `principal "${principal}" is not an IAM user, role, role session, federated user or root ARN, a service principal (such as s3.amazonaws.com), an identity provider (an OIDC or SAML provider ARN, or accounts.google.com ...) or "*"`,
      principalNode,
    );
  }
  const action = readRequiredString(fields.get('action'), 'action', node, check);
  const resource = readRequiredString(fields.get('resource'), 'resource', node, check);
  const resourceAccount = readString(fields.get('resourceAccount'), 'resourceAccount', check);
  const context = readContext(fields.get('context'), check);
  const expect = readExpect(fields.get('expect'), check);
  if (entry.failed() || principal === undefined || action === undefined || resource === undefined)
    return undefined;
  const request: ScenarioRequest = { principal, action, resource };
  if (id !== undefined) request.id = id;
  if (resourceAccount !== undefined) request.resourceAccount = resourceAccount;
  if (context !== undefined) request.context = context;
  if (expect !== undefined) request.expect = expect;
  return request;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isFilledString(value: unknown): value is string {
  return typeof value === 'string' && value !== '';
}

/**
 * The context readContext reads without a problem, or undefined. The object JSON.parse made is
 * taken over, not copied: it loses its prototype (so keys named like Object members are keys like
 * any other) and stays a fast object, where a copy made by Object.create(null) is a dictionary,
 * slower to make and to read for each request.
 */
function validContextOf(value: unknown): Record<string, ContextValue> | undefined {
  if (!isObject(value)) return undefined;
  // for-in, not Object.keys: an array of keys per request cost several times as much before the
  // loop is optimized. JSON.parse's objects have only own keys, and Object.prototype none to list.
  let first: string | undefined;
  let seen: Set<string> | undefined;
  for (const key in value) {
    if (first === undefined) first = key;
    else {
      seen ??= new Set([first.toLowerCase()]);
      const name = key.toLowerCase();
      if (seen.has(name)) return undefined;
      seen.add(name);
    }
    const entry = value[key];
    if (Array.isArray(entry)) {
      for (const item of entry) if (typeof item !== 'string') return undefined;
    } else if (typeof entry !== 'string') return undefined;
  }
  return Object.setPrototypeOf(value, null) as Record<string, ContextValue>;
}

/**
 * The principals and actions met so far, each kept as the first request gave it (a principal the
 * format does not know as null). Requests repeat a few of each: every request then holds the same
 * string, where JSON.parse made one per request. The copies are left to the garbage collector
 * before it moves them, and the engine's lookups by principal and action hash each string once.
 */
export interface SeenStrings {
  principals: Map<string, string | null>;
  actions: Map<string, string>;
}

export function seenStrings(): SeenStrings {
  return { principals: new Map(), actions: new Map() };
}

/** The string first seen for `principal`, or null when the format does not know it. */
function knownPrincipal(principal: string, seen: SeenStrings): string | null {
  let known = seen.principals.get(principal);
  if (known === undefined) {
    known = isKnownPrincipal(principal) ? principal : null;
    seen.principals.set(principal, known);
  }
  return known;
}

function sameAction(action: string, seen: SeenStrings): string {
  const first = seen.actions.get(action);
  if (first !== undefined) return first;
  seen.actions.set(action, action);
  return action;
}

/** The constant for a decision, rather than a string JSON.parse made for it. */
function decisionOf(value: unknown): Decision | undefined {
  for (let i = 0; i < DECISIONS.length; i += 1) if (DECISIONS[i] === value) return DECISIONS[i];
  return undefined;
}

/**
 * The request a value of JSON.parse's holds when readRequest would read it without a problem, the
 * same request, read much faster than through nodes; undefined when anything is off, for
 * readRequest to say what and where. The request takes over the value's context object.
 */
export function validRequestOf(value: unknown, seen: SeenStrings): ScenarioRequest | undefined {
  if (!isObject(value)) return undefined;
  const { id, principal, action, resource, resourceAccount, context } = value;
  const expect = value.expect === undefined ? undefined : decisionOf(value.expect);
  if (
    (id !== undefined && !isFilledString(id)) ||
    !isFilledString(principal) ||
    !isFilledString(action) ||
    !isFilledString(resource) ||
    (resourceAccount !== undefined && typeof resourceAccount !== 'string') ||
    (value.expect !== undefined && expect === undefined)
  ) {
    return undefined;
  }
  const known = knownPrincipal(principal, seen);
  if (known === null) return undefined;
  const request: ScenarioRequest = {
    principal: known,
    action: sameAction(action, seen),
    resource,
  };
  if (id !== undefined) request.id = id;
  if (resourceAccount !== undefined) request.resourceAccount = resourceAccount;
  if (context !== undefined) {
    const valid = validContextOf(context);
    if (!valid) return undefined;
    request.context = valid;
  }
  if (expect !== undefined) request.expect = expect;
  return request;
}

/**
 * The requests of a JSON.parse array when readRequest would read each without a problem and no
 * two share an id; undefined when anything is off, for the readers over nodes to say what and where.
 * An array read in slices passes each slice the same `seen` and `ids`.
 */
export function validRequestsOf(
  items: readonly unknown[],
  seen = seenStrings(),
  ids = new Set<string>(),
): ScenarioRequest[] | undefined {
  const requests: ScenarioRequest[] = [];
  for (let i = 0; i < items.length; i += 1) {
    const request = validRequestOf(items[i], seen);
    if (!request) return undefined;
    if (request.id !== undefined) {
      // One lookup: an id already there leaves the set as large as it was.
      const size = ids.size;
      if (ids.add(request.id).size === size) return undefined;
    }
    requests.push(request);
  }
  return requests;
}
