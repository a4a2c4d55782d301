import { parseTree, type Node, type ParseError } from 'jsonc-parser';
import { syntaxErrorMessage } from '../json/syntax.ts';
import { offsetToLineColumn } from '../policy/position.ts';
import {
  SCENARIO_FORMAT,
  type Organization,
  type Scenario,
  type ScenarioPolicy,
  type ScenarioRequest,
} from './model.ts';
import { findExcessiveNesting, MAX_JSON_DEPTH } from '../json/depth.ts';
import {
  describeType,
  properties,
  readString,
  readStringList,
  type LocatedError,
  type Report,
} from './nodes.ts';
import { readPolicy, type DocumentOrigin } from './read-policy.ts';
import { readRequest } from './read-request.ts';

export interface ScenarioError {
  message: string;
  policyId?: string;
  requestId?: string;
  /** 1-based position in the scenario text. */
  line: number;
  column: number;
}

export type ReadScenarioResult =
  | { ok: true; scenario: Scenario; documentOrigins: Map<string, DocumentOrigin> }
  | { ok: false; errors: ScenarioError[] };

const MAX_ERRORS = 100;

function locate(text: string, errors: LocatedError[]): ScenarioError[] {
  const sorted = [...errors].sort((a, b) => a.offset - b.offset);
  const shown = sorted
    .slice(0, MAX_ERRORS)
    .map(({ offset, ...rest }) => ({ ...rest, ...offsetToLineColumn(text, offset) }));
  if (sorted.length > MAX_ERRORS) {
    const last = shown[shown.length - 1];
    shown.push({
      message: `... and ${sorted.length - MAX_ERRORS} more errors`,
      line: last?.line ?? 1,
      column: last?.column ?? 1,
    });
  }
  return shown;
}

function readOrganization(node: Node | undefined, report: Report): Organization | undefined {
  if (!node) return undefined;
  if (node.type !== 'object') {
    report(`organization must be an object, not ${describeType(node)}`, node);
    return undefined;
  }
  const fields = properties(node);
  const organization: Organization = {};
  const management = readString(
    fields.get('managementAccount'),
    'organization.managementAccount',
    report,
  );
  const memberNode = fields.get('memberAccounts');
  const members =
    memberNode?.type === 'string'
      ? (report('organization.memberAccounts must be an array of strings', memberNode), undefined)
      : readStringList(memberNode, 'organization.memberAccounts', report);
  if (management !== undefined) organization.managementAccount = management;
  if (members !== undefined) organization.memberAccounts = members;
  return organization;
}

function readArray(fields: Map<string, Node>, name: string, root: Node, report: Report): Node[] {
  const node = fields.get(name);
  if (!node) {
    report(`${name} is required (an array)`, root);
    return [];
  }
  if (node.type !== 'array') {
    report(`${name} must be an array, not ${describeType(node)}`, node);
    return [];
  }
  return node.children ?? [];
}

function idOf(node: Node): string | undefined {
  const id = node.type === 'object' ? properties(node).get('id') : undefined;
  return id?.type === 'string' ? String(id.value) : undefined;
}

/** Reads and validates a scenario file (format v1). Never throws. */
export function readScenario(text: string): ReadScenarioResult {
  const errors: LocatedError[] = [];
  const report: Report = (message, node) => errors.push({ message, offset: node.offset });
  const tooDeep = findExcessiveNesting(text);
  if (tooDeep >= 0) {
    errors.push({
      message: `JSON is nested more than ${MAX_JSON_DEPTH} levels deep`,
      offset: tooDeep,
    });
    return { ok: false, errors: locate(text, errors) };
  }
  const parseErrors: ParseError[] = [];
  const root = parseTree(text, parseErrors, { allowTrailingComma: false, disallowComments: false });
  for (const error of parseErrors) {
    errors.push({ message: syntaxErrorMessage(error), offset: error.offset });
  }
  if (errors.length > 0 || !root) {
    if (!root) errors.push({ message: 'Invalid JSON: the text is empty', offset: 0 });
    return { ok: false, errors: locate(text, errors) };
  }
  if (root.type !== 'object') {
    report(`A scenario must be a JSON object, not ${describeType(root)}`, root);
    return { ok: false, errors: locate(text, errors) };
  }
  const fields = properties(root);
  const formatNode = fields.get('format');
  const format = readString(formatNode, 'format', report);
  if (format !== undefined && format !== SCENARIO_FORMAT && formatNode) {
    report(`format must be "${SCENARIO_FORMAT}", not "${format}"`, formatNode);
  }

  const policies: ScenarioPolicy[] = [];
  const documentOrigins = new Map<string, DocumentOrigin>();
  for (const [index, node] of readArray(fields, 'policies', root, report).entries()) {
    const policyId = idOf(node);
    const tagged: Report = (message, at) =>
      errors.push(
        policyId === undefined
          ? { message, offset: at.offset }
          : { message, offset: at.offset, policyId },
      );
    const read = readPolicy(node, index, tagged);
    if (!read) continue;
    if (documentOrigins.has(read.policy.id)) {
      tagged(`Duplicate policy id "${read.policy.id}"`, properties(node).get('id') ?? node);
      continue;
    }
    policies.push(read.policy);
    documentOrigins.set(read.policy.id, read.origin);
  }

  const requests: ScenarioRequest[] = [];
  const requestIds = new Set<string>();
  for (const [index, node] of readArray(fields, 'requests', root, report).entries()) {
    const requestId = idOf(node) ?? String(index);
    const tagged: Report = (message, at) => errors.push({ message, offset: at.offset, requestId });
    const request = readRequest(node, index, tagged);
    if (!request) continue;
    if (request.id !== undefined) {
      if (requestIds.has(request.id))
        tagged(`Duplicate request id "${request.id}"`, properties(node).get('id') ?? node);
      requestIds.add(request.id);
    }
    requests.push(request);
  }

  const organization = readOrganization(fields.get('organization'), report);
  if (errors.length > 0) return { ok: false, errors: locate(text, errors) };
  const scenario: Scenario = { format: SCENARIO_FORMAT, policies, requests };
  if (organization) scenario.organization = organization;
  return { ok: true, scenario, documentOrigins };
}
