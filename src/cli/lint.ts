import { parseTree } from 'jsonc-parser';
import type { PolicyProblem } from '../core/policy/model.ts';
import { parsePolicy } from '../core/policy/parse.ts';
import { findExcessiveNesting } from '../core/json/depth.ts';
import { readScenario } from '../core/scenario/read.ts';
import { formatScenarioError } from './diagnostics.ts';
import { EXIT_FAILED, EXIT_INVALID_INPUT, EXIT_OK, readInput, type CliIo } from './io.ts';

interface Finding {
  policyId: string;
  code: string;
  severity: 'error' | 'security-warning' | 'warning' | 'suggestion';
  message: string;
  range: { start: number; end: number };
}

/** The id given to a bare policy document, which has none of its own. */
export const BARE_POLICY_ID = 'policy';

function findingsOf(policyId: string, problems: PolicyProblem[]): Finding[] {
  return problems.map((problem) => ({
    policyId,
    code: problem.code,
    severity: problem.severity,
    message: problem.message,
    range: { start: problem.span.start, end: problem.span.end },
  }));
}

/** A scenario has `policies` or `format`; too deep a text goes to the scenario reader, which says so. */
function looksLikeScenario(text: string): boolean {
  if (findExcessiveNesting(text) >= 0) return true;
  const root = parseTree(text);
  return (
    root?.type === 'object' &&
    (root.children ?? []).some((property) =>
      ['policies', 'format'].includes(String(property.children?.[0]?.value)),
    )
  );
}

/** `lint FILE|-`: a scenario, or a bare policy document. */
export function lintCommand(io: CliIo, file: string): number {
  const text = readInput(io, file);
  if (text === undefined) return EXIT_INVALID_INPUT;
  let findings: Finding[];
  if (looksLikeScenario(text)) {
    const read = readScenario(text);
    if (!read.ok) {
      for (const error of read.errors) io.stderr(formatScenarioError(file, error));
      return EXIT_INVALID_INPUT;
    }
    findings = read.scenario.policies.flatMap((policy) =>
      findingsOf(policy.id, parsePolicy(policy.document).problems),
    );
  } else {
    findings = findingsOf(BARE_POLICY_ID, parsePolicy(text).problems);
  }
  io.stdout(`${JSON.stringify({ findings }, null, 2)}\n`);
  return findings.some((finding) => finding.severity === 'error') ? EXIT_FAILED : EXIT_OK;
}
