import { parseTree, type Node } from 'jsonc-parser';
import { findExcessiveNesting, TOO_DEEP_MESSAGE } from '../json/depth.ts';
import { EMPTY_TEXT_MESSAGE } from '../json/syntax.ts';
import { parsePolicy } from '../policy/parse.ts';
import type { PolicyType } from './model.ts';
import { properties } from './nodes.ts';

/** What a text given by the user holds; `offset` says where an unreadable one goes wrong. */
export type DetectedText =
  | { kind: 'scenario' }
  | { kind: 'policy'; type: PolicyType }
  | { kind: 'unreadable'; message: string; offset: number };

const SCENARIO_FIELDS = ['policies', 'requests', 'format'];
const ASSUME_ROLE = /^sts:AssumeRole/i;

/** A resource policy names a Principal; one whose every statement is about sts:AssumeRole* is a trust policy. */
function guessPolicyType(text: string): PolicyType {
  const { policy } = parsePolicy(text);
  const withPrincipal = policy.statements.filter((statement) => statement.principal);
  if (withPrincipal.length === 0) return 'identity';
  const trust = withPrincipal.every((statement) =>
    statement.action?.entries.every((entry) => ASSUME_ROLE.test(entry.value)),
  );
  return trust ? 'trust' : 'resource';
}

function isScenario(root: Node): boolean {
  const fields = properties(root);
  return SCENARIO_FIELDS.some((name) => fields.get(name) !== undefined);
}

/**
 * Tells a scenario (an object with policies, requests or format) from a bare policy document (any
 * other object, whose type is guessed), and both from what is neither: an empty text, one nested
 * too deep to read safely, or one whose root is not an object.
 */
export function detectText(text: string): DetectedText {
  if (text.trim() === '') return { kind: 'unreadable', message: EMPTY_TEXT_MESSAGE, offset: 0 };
  const tooDeep = findExcessiveNesting(text);
  if (tooDeep >= 0) return { kind: 'unreadable', message: TOO_DEEP_MESSAGE, offset: tooDeep };
  const root = parseTree(text);
  if (root?.type !== 'object') {
    return {
      kind: 'unreadable',
      message: 'Neither a scenario nor a policy: a policy is a JSON object with a Statement',
      offset: root?.offset ?? text.length - text.trimStart().length,
    };
  }
  return isScenario(root) ? { kind: 'scenario' } : { kind: 'policy', type: guessPolicyType(text) };
}
