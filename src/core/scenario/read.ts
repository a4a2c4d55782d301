import { parseTree, type Node, type ParseError } from 'jsonc-parser';
import type { Span } from '../policy/model.ts';
import { EMPTY_TEXT_MESSAGE, syntaxErrorMessage } from '../json/syntax.ts';
import { lineIndex } from '../json/line-index.ts';
import { parseStrictJson } from '../json/strict.ts';
import {
  SCENARIO_FORMAT,
  type Organization,
  type Scenario,
  type ScenarioRequest,
} from './model.ts';
import { findExcessiveNesting, MAX_JSON_DEPTH, TOO_DEEP_MESSAGE } from '../json/depth.ts';
import {
  describeType,
  properties,
  readString,
  readStringList,
  type Fields,
  type LocatedError,
  type Report,
} from './nodes.ts';
import { objectDocumentSpans } from './document-spans.ts';
import { readPolicy, type DocumentOrigin, type DocumentSource } from './read-policy.ts';
import { readRequest, validRequestsOf } from './read-request.ts';
import { ValueNode } from './value-nodes.ts';
import { readAccount } from '../account/read-account.ts';

export interface ScenarioError {
  message: string;
  policyId?: string;
  requestId?: string;
  /** 1-based position in the scenario text. */
  line: number;
  column: number;
}

export type ReadScenarioResult =
  | {
      ok: true;
      scenario: Scenario;
      /** Where each policy's document sits in the text; located on demand, for error messages. */
      locateDocuments(): Map<string, DocumentOrigin>;
    }
  | { ok: false; errors: ScenarioError[] };

const MAX_ERRORS = 100;

function locate(text: string, errors: LocatedError[]): ScenarioError[] {
  const sorted = [...errors].sort((a, b) => a.offset - b.offset);
  const at = lineIndex(text);
  const shown = sorted
    .slice(0, MAX_ERRORS)
    .map(({ offset, ...rest }) => ({ ...rest, ...at(offset) }));
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

function readArray(fields: Fields, name: string, root: Node, report: Report): Node[] {
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

function readRequests(nodes: Node[], errors: LocatedError[], requests: ScenarioRequest[]): void {
  const requestIds = new Set<string>();
  // One reporter for all requests, naming the one being read: none is made per request.
  let at = 0;
  const tagged: Report = (message, node) => {
    const requestId = idOf(nodes[at]!) ?? String(at);
    errors.push({ message, offset: node.offset, requestId });
  };
  for (; at < nodes.length; at += 1) {
    const node = nodes[at]!;
    const request = readRequest(node, at, tagged);
    if (!request) continue;
    if (request.id !== undefined) {
      if (requestIds.has(request.id))
        tagged(`Duplicate request id "${request.id}"`, properties(node).get('id') ?? node);
      requestIds.add(request.id);
    }
    requests.push(request);
  }
}

interface ReadTree {
  scenario: Scenario;
  documentOrigins: Map<string, DocumentOrigin>;
  errors: LocatedError[];
}

function readTree(root: Node, source: DocumentSource): ReadTree {
  const errors: LocatedError[] = [];
  const report: Report = (message, node) => errors.push({ message, offset: node.offset });
  const scenario: Scenario = { format: SCENARIO_FORMAT, policies: [], requests: [] };
  const documentOrigins = new Map<string, DocumentOrigin>();
  if (root.type !== 'object') {
    report(`A scenario must be a JSON object, not ${describeType(root)}`, root);
    return { scenario, documentOrigins, errors };
  }
  const fields = properties(root);
  const formatNode = fields.get('format');
  const format = readString(formatNode, 'format', report);
  if (format !== undefined && format !== SCENARIO_FORMAT && formatNode) {
    report(`format must be "${SCENARIO_FORMAT}", not "${format}"`, formatNode);
  }

  for (const [index, node] of readArray(fields, 'policies', root, report).entries()) {
    const policyId = idOf(node);
    const tagged: Report = (message, at) =>
      errors.push(
        policyId === undefined
          ? { message, offset: at.offset }
          : { message, offset: at.offset, policyId },
      );
    const read = readPolicy(node, index, source, tagged);
    if (!read) continue;
    if (documentOrigins.has(read.policy.id)) {
      tagged(`Duplicate policy id "${read.policy.id}"`, properties(node).get('id') ?? node);
      continue;
    }
    scenario.policies.push(read.policy);
    documentOrigins.set(read.policy.id, read.origin);
  }

  const requestsNode = fields.get('requests');
  // JSON.parse's requests are read without a node each; when one is off, the nodes say where.
  const valid =
    requestsNode instanceof ValueNode && Array.isArray(requestsNode.source)
      ? validRequestsOf(requestsNode.source)
      : undefined;
  if (valid) scenario.requests = valid;
  else readRequests(readArray(fields, 'requests', root, report), errors, scenario.requests);

  const organization = readOrganization(fields.get('organization'), report);
  if (organization) scenario.organization = organization;
  const account = readAccount(fields.get('account'), report);
  if (account) scenario.account = account;
  return { scenario, documentOrigins, errors };
}

/** Reads over jsonc-parser's tree, which places every error and accepts comments. */
function readLocated(text: string): ReadScenarioResult {
  if (text.trim() === '') {
    return { ok: false, errors: [{ message: EMPTY_TEXT_MESSAGE, line: 1, column: 1 }] };
  }
  const tooDeep = findExcessiveNesting(text);
  if (tooDeep >= 0) {
    return { ok: false, errors: locate(text, [{ message: TOO_DEEP_MESSAGE, offset: tooDeep }]) };
  }
  const parseErrors: ParseError[] = [];
  const root = parseTree(text, parseErrors, { allowTrailingComma: false, disallowComments: false });
  const errors: LocatedError[] = parseErrors.map((error) => ({
    message: syntaxErrorMessage(error),
    offset: error.offset,
  }));
  if (!root && errors.length === 0) errors.push({ message: EMPTY_TEXT_MESSAGE, offset: 0 });
  if (errors.length > 0 || !root) return { ok: false, errors: locate(text, errors) };
  const read = readTree(root, {
    text,
    objectSpan: (node) => ({ start: node.offset, end: node.offset + node.length }),
  });
  if (read.errors.length > 0) return { ok: false, errors: locate(text, read.errors) };
  return { ok: true, scenario: read.scenario, locateDocuments: () => read.documentOrigins };
}

/**
 * A scenario read from JSON.parse's value, much faster than through a tree of located nodes:
 * undefined when the text is not strict JSON (comments, a repeated property name, ...) or has an
 * error, which readScenario then reads over the located tree to say what and where.
 */
export function readStrictScenario(text: string): ReadScenarioResult | undefined {
  const strict = parseStrictJson(text, MAX_JSON_DEPTH);
  let spans: Map<number, Span> | undefined;
  const quick =
    strict &&
    readTree(new ValueNode(strict.value), {
      text,
      // Both read the one text JSON.parse accepted: every document given as an object has its span.
      objectSpan: (_, index) => (spans ??= objectDocumentSpans(text)).get(index)!,
    });
  if (!quick || quick.errors.length > 0) return undefined;
  return {
    ok: true,
    scenario: quick.scenario,
    locateDocuments: () => {
      const located = readLocated(text);
      return located.ok ? located.locateDocuments() : new Map();
    },
  };
}

/** Reads and validates a scenario file (format v1). Never throws. */
export function readScenario(text: string): ReadScenarioResult {
  return readStrictScenario(text) ?? readLocated(text);
}
