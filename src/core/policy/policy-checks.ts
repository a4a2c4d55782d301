import type { Node } from 'jsonc-parser';
import { propertiesOf, propertyNamed, spanOf, type PropertyNode } from './json-nodes.ts';
import type { PolicyProblem, Span } from './model.ts';
import { statementNodes } from './read-model.ts';

/*
 * Checks the JSON Schema cannot express. Sources (AWS IAM User Guide): "IAM JSON policy elements:
 * Sid" (Sid unique within a policy), "IAM JSON policy elements: Condition" (context key names are
 * not case-sensitive), "IAM JSON policy elements: NotPrincipal", "IAM JSON policy elements: Version".
 */

function error(code: string, message: string, node: Node): PolicyProblem {
  return { code, severity: 'error', message, span: spanOf(node) };
}

/** Up to this many properties, comparing names pairwise is cheaper than building a Set. */
const SMALL_OBJECT = 16;

/** For each property, whether one before it has the same name. */
function repeatedNames(properties: PropertyNode[]): boolean[] {
  if (properties.length > SMALL_OBJECT) {
    const seen = new Set<string>();
    return properties.map(({ name }) => seen.size === seen.add(name).size);
  }
  return properties.map(({ name }, index) => {
    for (let i = 0; i < index; i++) if (properties[i]!.name === name) return true;
    return false;
  });
}

/** The same key twice in one object: JSON.parse would silently keep the last. Iterative. */
function duplicateKeys(root: Node): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  const pending: Node[] = [root];
  for (let node = pending.pop(); node; node = pending.pop()) {
    if (node.type === 'object') {
      const properties = propertiesOf(node);
      const repeated = repeatedNames(properties);
      for (const [index, property] of properties.entries()) {
        if (repeated[index]) {
          problems.push(
            error(
              'duplicate-key',
              `Duplicate key "${property.name}": a key may appear only once in an object`,
              property.keyNode,
            ),
          );
        }
        pending.push(property.valueNode);
      }
    } else if (node.type === 'array') {
      pending.push(...(node.children ?? []));
    }
  }
  return problems;
}

/** Context key names are not case-sensitive, so `aws:username` and `aws:UserName` are one key. */
function conditionKeysDifferingInCase(statement: Node): PolicyProblem[] {
  const condition = propertyNamed(propertiesOf(statement), 'Condition')?.valueNode;
  if (condition?.type !== 'object') return [];
  const problems: PolicyProblem[] = [];
  for (const operator of propertiesOf(condition)) {
    // A single key cannot clash: skip lowering its name.
    if (operator.valueNode.type !== 'object' || propertiesOf(operator.valueNode).length < 2)
      continue;
    const seen = new Map<string, string>();
    for (const key of propertiesOf(operator.valueNode)) {
      const earlier = seen.get(key.name.toLowerCase());
      if (earlier !== undefined && earlier !== key.name) {
        problems.push(
          error(
            'condition-key-case',
            `Condition keys "${earlier}" and "${key.name}" differ only in case: context key names ` +
              `are not case-sensitive, so they name the same key in "${operator.name}"`,
            key.keyNode,
          ),
        );
      }
      seen.set(key.name.toLowerCase(), key.name);
    }
  }
  return problems;
}

/** The problem of a Sid, at `span`, that an earlier statement of the policy has already. */
export function duplicateSid(value: string, span: Span): PolicyProblem {
  return {
    code: 'duplicate-sid',
    severity: 'error',
    message: `Duplicate Sid "${value}": Sids must be unique within a policy`,
    span,
  };
}

function duplicateSids(statements: Node[]): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  const seen = new Set<string>();
  for (const statement of statements) {
    if (statement.type !== 'object') continue;
    const sid = propertyNamed(propertiesOf(statement), 'Sid')?.valueNode;
    if (sid?.type !== 'string') continue;
    const value = String(sid.value);
    if (seen.has(value)) problems.push(duplicateSid(value, spanOf(sid)));
    seen.add(value);
  }
  return problems;
}

function notPrincipalWithAllow(statement: Node): PolicyProblem[] {
  const properties = propertiesOf(statement);
  const notPrincipal = propertyNamed(properties, 'NotPrincipal');
  const effect = propertyNamed(properties, 'Effect')?.valueNode.value;
  if (!notPrincipal || effect !== 'Allow') return [];
  return [
    {
      code: 'allow-with-not-principal',
      severity: 'warning',
      message:
        'NotPrincipal with "Effect": "Allow" grants access to every principal except those ' +
        'listed, including anonymous users; AWS recommends against it',
      span: spanOf(notPrincipal.keyNode),
    },
  ];
}

function missingVersion(root: Node): PolicyProblem[] {
  if (root.type !== 'object' || propertyNamed(propertiesOf(root), 'Version')) return [];
  return [
    {
      code: 'missing-version',
      severity: 'warning',
      message:
        'No "Version": AWS reads the policy as version 2008-10-17, where policy variables ' +
        'such as ${aws:username} are literal text. Add "Version": "2012-10-17"',
      span: { start: root.offset, end: root.offset + 1 },
    },
  ];
}

/**
 * The problems a policy's tree has beyond its grammar. `mayRepeatNames` false says that no object
 * of the tree names a property twice (the builder of a valid text's tree knows), and spares the
 * walk over every object that looks for such names.
 */
export function semanticChecks(root: Node, mayRepeatNames: boolean): PolicyProblem[] {
  const statements = statementNodes(root);
  const perStatement = statements
    .filter((statement) => statement.type === 'object')
    .flatMap((statement) => [
      ...conditionKeysDifferingInCase(statement),
      ...notPrincipalWithAllow(statement),
    ]);
  return [
    ...(mayRepeatNames ? duplicateKeys(root) : []),
    ...duplicateSids(statements),
    ...perStatement,
    ...missingVersion(root),
  ];
}
