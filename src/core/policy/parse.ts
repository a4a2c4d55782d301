import { parseTree, type Node, type ParseError } from 'jsonc-parser';
import { findExcessiveNesting, MAX_JSON_DEPTH } from '../json/depth.ts';
import { syntaxErrorMessage } from '../json/syntax.ts';
import { parseValidJson } from './json-tree.ts';
import { nodeAtPointer, propertiesOf, propertyNamed, spanOf } from './json-nodes.ts';
import type { ParsedPolicy, PolicyProblem } from './model.ts';
import { allConditionOperatorNames } from './operators.ts';
import { semanticChecks } from './policy-checks.ts';
import { withJsonTree, STRICT_JSON } from './parsed-policy.ts';
import { readPolicyModel } from './read-model.ts';
import { suggest } from '../text/suggest.ts';
import { validatePolicyValue, type SchemaProblem } from './schema-validate.ts';

const STATEMENT_ELEMENTS = [
  'Sid',
  'Effect',
  'Principal',
  'NotPrincipal',
  'Action',
  'NotAction',
  'Resource',
  'NotResource',
  'Condition',
];
const POLICY_ELEMENTS = ['Version', 'Id', 'Statement'];
const OPERATOR_NAMES = allConditionOperatorNames();

function emptyResult(text: string, problems: PolicyProblem[]): ParsedPolicy {
  return {
    text,
    tree: undefined,
    policy: { statements: [], span: { start: 0, end: 0 } },
    problems,
    ok: false,
  };
}

function syntaxProblems(text: string, errors: ParseError[]): PolicyProblem[] {
  return errors.map((error) => ({
    code: 'syntax',
    severity: 'error',
    message: syntaxErrorMessage(error),
    span: {
      start: error.offset,
      end: Math.min(text.length, error.offset + Math.max(1, error.length)),
    },
  }));
}

function unknownKeyMessage(name: string, message: string): string {
  if (message.startsWith('Unknown condition operator')) {
    const suggestion = suggest(name, OPERATOR_NAMES);
    return suggestion
      ? `Unknown condition operator "${name}" (did you mean "${suggestion}"?)`
      : `Unknown condition operator "${name}"`;
  }
  const known = message.startsWith('Unknown statement element')
    ? STATEMENT_ELEMENTS
    : POLICY_ELEMENTS;
  const sameButCase = known.find((element) => element.toLowerCase() === name.toLowerCase());
  if (sameButCase) {
    return `Unknown element "${name}": element names are case-sensitive (did you mean "${sameButCase}"?)`;
  }
  return message.replace(/^([^:]*):/, `$1 "${name}":`);
}

/** `X and NotX cannot both appear`: point at the NotX key rather than the whole statement. */
function retarget(node: Node, message: string): Node {
  const both = /^(\w+) and (Not\w+) cannot both appear/.exec(message);
  if (!both?.[2] || node.type !== 'object') return node;
  return propertyNamed(propertiesOf(node), both[2])?.keyNode ?? node;
}

function schemaProblem(root: Node, problem: SchemaProblem): PolicyProblem {
  const { key, value } = nodeAtPointer(root, problem.path);
  if (problem.onKey && key) {
    return {
      code: 'schema',
      severity: 'error',
      message: unknownKeyMessage(String(key.value), problem.message),
      span: spanOf(key),
    };
  }
  return {
    code: 'schema',
    severity: 'error',
    message: problem.message,
    span: spanOf(retarget(value, problem.message)),
  };
}

/** Problems in text order, as a parse gives them; Array.sort is stable, so ties keep their order. */
export function bySpan(a: PolicyProblem, b: PolicyProblem): number {
  return a.span.start - b.span.start || a.span.end - b.span.end;
}

/**
 * Reads a policy document once into its JSON tree and a model whose every element carries its span
 * in the text, and every problem found, as data: the JSON syntax, the IAM policy grammar (the JSON
 * Schema in schema.ts, shared with the editor) and the rules the schema cannot express
 * (policy-checks.ts). `read` is the text's value as JSON.parse gives it, when the caller has read
 * it already (detectText): it is not read a second time.
 */
export function parsePolicy(text: string, read?: { value: unknown }): ParsedPolicy {
  if (text.trim() === '') {
    return emptyResult(text, [
      {
        code: 'empty',
        severity: 'error',
        message: 'The policy is empty',
        span: { start: 0, end: text.length },
      },
    ]);
  }
  const valid = parseValidJson(text, MAX_JSON_DEPTH, read);
  if (valid) {
    const schema = validatePolicyValue(valid.value);
    return readTree(text, valid.root, schema, [], valid.repeatsName);
  }
  const tooDeep = findExcessiveNesting(text);
  if (tooDeep >= 0) {
    return emptyResult(text, [
      {
        code: 'too-deep',
        severity: 'error',
        message: `JSON nests deeper than ${MAX_JSON_DEPTH} levels; an IAM policy never needs more than 6`,
        span: { start: tooDeep, end: tooDeep + 1 },
      },
    ]);
  }
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, STRICT_JSON);
  if (!root) return emptyResult(text, syntaxProblems(text, errors));
  const schema = errors.length === 0 ? validatePolicyValue(JSON.parse(text)) : [];
  return readTree(text, root, schema, syntaxProblems(text, errors), true);
}

function readTree(
  text: string,
  root: Node,
  schema: SchemaProblem[],
  problems: PolicyProblem[],
  mayRepeatNames: boolean,
): ParsedPolicy {
  problems.push(...schema.map((problem) => schemaProblem(root, problem)));
  problems.push(...semanticChecks(root, mayRepeatNames));
  problems.sort(bySpan);
  const ok = !problems.some((problem) => problem.severity === 'error');
  return withJsonTree({ text, policy: readPolicyModel(root, text), problems, ok }, root);
}
