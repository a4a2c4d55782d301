import { parse } from 'jsonc-parser';
import { findExcessiveNesting, MAX_JSON_DEPTH, TOO_DEEP_MESSAGE } from '../json/depth.ts';
import { parseStrictJson } from '../json/strict.ts';
import { EMPTY_TEXT_MESSAGE } from '../json/syntax.ts';
import type { PolicyType } from './model.ts';

/** What a text given by the user holds; `offset` says where an unreadable one goes wrong. */
export type DetectedText =
  | { kind: 'scenario' }
  /** `read`: the policy's value as JSON.parse gives it, when the text is strict JSON. */
  | { kind: 'policy'; type: PolicyType; read?: { value: JsonObject } }
  | { kind: 'unreadable'; message: string; offset: number };

export type JsonObject = Record<string, unknown>;

const SCENARIO_FIELDS = ['policies', 'requests', 'format'];
const ASSUME_ROLE = /^sts:AssumeRole/i;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function entries(element: unknown): unknown[] {
  return Array.isArray(element) ? element : element === undefined ? [] : [element];
}

/**
 * A resource policy names a Principal; one whose every statement that does is about
 * sts:AssumeRole* is a trust policy. Read from the statements as written: a guess, made without
 * parsing and checking the whole policy.
 */
export function guessPolicyType(policy: JsonObject): PolicyType {
  const withPrincipal = entries(policy.Statement).filter(
    (statement) => isObject(statement) && (statement.Principal ?? statement.NotPrincipal),
  ) as JsonObject[];
  if (withPrincipal.length === 0) return 'identity';
  const trust = withPrincipal.every((statement) => {
    const actions = entries(statement.Action ?? statement.NotAction);
    return (
      actions.length > 0 &&
      actions.every((action) => typeof action === 'string' && ASSUME_ROLE.test(action))
    );
  });
  return trust ? 'trust' : 'resource';
}

/** The JSON value of a text, or where and why it cannot be read. */
export type JsonRoot =
  | { kind: 'root'; root: unknown; strict: boolean }
  | { kind: 'unreadable'; message: string; offset: number };

/**
 * Reads a text as JSON: strict JSON by JSON.parse; other text (comments, errors) by jsonc-parser's
 * forgiving reader, unless it is empty or nested too deep to read safely.
 */
export function readJsonRoot(text: string): JsonRoot {
  if (text.trim() === '') return { kind: 'unreadable', message: EMPTY_TEXT_MESSAGE, offset: 0 };
  const strict = parseStrictJson(text, MAX_JSON_DEPTH);
  if (strict) return { kind: 'root', root: strict.value, strict: true };
  const tooDeep = findExcessiveNesting(text);
  if (tooDeep >= 0) return { kind: 'unreadable', message: TOO_DEEP_MESSAGE, offset: tooDeep };
  return { kind: 'root', root: parse(text) as unknown, strict: false };
}

export const NOT_AN_OBJECT_MESSAGE =
  'Neither a scenario nor a policy: a policy is a JSON object with a Statement';

/** Whether a JSON object is a scenario file rather than a policy. */
export function isScenarioObject(root: JsonObject): boolean {
  return SCENARIO_FIELDS.some((name) => Object.hasOwn(root, name));
}

/**
 * Tells a scenario (an object with policies, requests or format) from a bare policy document (any
 * other object, whose type is guessed), and both from what is neither: an empty text, one nested
 * too deep to read safely, or one whose root is not an object.
 */
export function detectText(text: string): DetectedText {
  const read = readJsonRoot(text);
  if (read.kind === 'unreadable') return read;
  const { root } = read;
  if (!isObject(root)) {
    return {
      kind: 'unreadable',
      message: NOT_AN_OBJECT_MESSAGE,
      offset: text.length - text.trimStart().length,
    };
  }
  if (isScenarioObject(root)) return { kind: 'scenario' };
  const type = guessPolicyType(root);
  return read.strict ? { kind: 'policy', type, read: { value: root } } : { kind: 'policy', type };
}
