import type { Node } from 'jsonc-parser';
import { parseRequestPrincipal } from '../principal/request-principal.ts';
import type { ContextValue, Decision, ScenarioRequest } from './model.ts';
import { describeType, properties, readRequiredString, readString, type Report } from './nodes.ts';

const DECISIONS: readonly Decision[] = ['allowed', 'explicitDeny', 'implicitDeny'];

function readExpect(node: Node | undefined, report: Report): Decision | undefined {
  const value = readString(node, 'expect', report);
  if (value === undefined || !node) return undefined;
  const decision = DECISIONS.find((candidate) => candidate === value);
  if (!decision) report(`expect must be one of ${DECISIONS.join(', ')}, not "${value}"`, node);
  return decision;
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
  if (node.type !== 'object') {
    report(`requests[${index}] must be an object, not ${describeType(node)}`, node);
    return undefined;
  }
  const fields = properties(node);
  let failed = false;
  const check: Report = (message, at) => {
    failed = true;
    report(message, at);
  };
  const idNode = fields.get('id');
  const id = readString(idNode, 'id', check);
  if (id === '' && idNode) check('id must not be empty', idNode);
  const principalNode = fields.get('principal');
  const principal = readRequiredString(principalNode, 'principal', node, check);
  if (
    principal !== undefined &&
    principalNode &&
    parseRequestPrincipal(principal).kind === 'unknown'
  ) {
    check(
      `principal "${principal}" is not an IAM user, role, role session, federated user or root ARN, a service principal (such as s3.amazonaws.com) or "*"`,
      principalNode,
    );
  }
  const action = readRequiredString(fields.get('action'), 'action', node, check);
  const resource = readRequiredString(fields.get('resource'), 'resource', node, check);
  const resourceAccount = readString(fields.get('resourceAccount'), 'resourceAccount', check);
  const context = readContext(fields.get('context'), check);
  const expect = readExpect(fields.get('expect'), check);
  if (failed || principal === undefined || action === undefined || resource === undefined)
    return undefined;
  const request: ScenarioRequest = { principal, action, resource };
  if (id !== undefined) request.id = id;
  if (resourceAccount !== undefined) request.resourceAccount = resourceAccount;
  if (context !== undefined) request.context = context;
  if (expect !== undefined) request.expect = expect;
  return request;
}
