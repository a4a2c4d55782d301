import { parseTree } from 'jsonc-parser';
import { findExcessiveNesting } from '../json/depth.ts';
import { parsePolicy } from '../policy/parse.ts';
import type { PolicyType, Scenario } from './model.ts';
import { readScenario, type ScenarioError } from './read.ts';

/** Larger files are refused before reading: no IAM policy or scenario comes close. */
export const MAX_IMPORT_CHARACTERS = 10 * 1024 * 1024;

export type ImportedText =
  | { kind: 'scenario'; scenario: Scenario }
  | { kind: 'policy'; type: PolicyType; document: string }
  | { kind: 'error'; message: string; errors?: ScenarioError[] };

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

function looksLikeScenario(text: string): boolean {
  const root = parseTree(text);
  return (
    root?.type === 'object' &&
    (root.children ?? []).some((property) =>
      ['policies', 'requests', 'format'].includes(String(property.children?.[0]?.value)),
    )
  );
}

/** Reads a pasted or dropped text: a whole scenario, or one policy document kept as written. */
export function importText(text: string): ImportedText {
  if (text.length > MAX_IMPORT_CHARACTERS) {
    return {
      kind: 'error',
      message: 'The file is larger than 10 MB; no policy or scenario is that large',
    };
  }
  if (text.trim() === '') return { kind: 'error', message: 'The file is empty' };
  if (findExcessiveNesting(text) < 0 && looksLikeScenario(text)) {
    const read = readScenario(text);
    if (!read.ok) {
      const first = read.errors[0];
      return {
        kind: 'error',
        message: `Not a valid scenario: ${first?.message ?? 'unreadable'} (line ${first?.line ?? 1}, column ${first?.column ?? 1})`,
        errors: read.errors,
      };
    }
    return { kind: 'scenario', scenario: read.scenario };
  }
  const root = parseTree(text);
  if (root?.type !== 'object') {
    return {
      kind: 'error',
      message: 'Neither a scenario nor a policy: a policy is a JSON object with a Statement',
    };
  }
  return { kind: 'policy', type: guessPolicyType(text), document: text };
}
