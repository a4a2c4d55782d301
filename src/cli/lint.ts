import { parseTree } from 'jsonc-parser';
import { findExcessiveNesting } from '../core/json/depth.ts';
import type { LintCatalog } from '../core/lint/catalog-port.ts';
import type { LintFinding, LintSeverity } from '../core/lint/finding.ts';
import { lintPolicy } from '../core/lint/lint-policy.ts';
import type { PolicyType } from '../core/scenario/model.ts';
import { readScenario } from '../core/scenario/read.ts';
import { formatScenarioError } from './diagnostics.ts';
import { EXIT_FAILED, EXIT_INVALID_INPUT, EXIT_OK, readInput, type CliIo } from './io.ts';
import { fileLintCatalog } from './lint-catalog.ts';

/** One finding as scenario-format.md specifies `lint`'s output; `fixes` are extra. */
interface Finding {
  policyId: string;
  code: string;
  severity: LintSeverity;
  message: string;
  range: { start: number; end: number };
  fixes?: LintFinding['fixes'];
}

/** The id given to a bare policy document, which has none of its own. */
export const BARE_POLICY_ID = 'policy';

/**
 * A bare policy has no type: one naming a Principal is read as a resource policy, or as a role
 * trust policy when it has no Resource either; any other as an identity policy.
 */
function bareType(text: string): PolicyType {
  if (!/"(Not)?Principal"\s*:/.test(text)) return 'identity';
  return /"(Not)?Resource"\s*:/.test(text) ? 'resource' : 'trust';
}

function findingsOf(
  policyId: string,
  document: string,
  type: PolicyType,
  catalog: LintCatalog,
): Finding[] {
  return lintPolicy(document, type, catalog).map((finding) => ({
    policyId,
    code: finding.code,
    severity: finding.severity,
    message: finding.message,
    range: { start: finding.span.start, end: finding.span.end },
    ...(finding.fixes?.length ? { fixes: finding.fixes } : {}),
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
  const catalog = fileLintCatalog();
  let findings: Finding[];
  if (looksLikeScenario(text)) {
    const read = readScenario(text);
    if (!read.ok) {
      for (const error of read.errors) io.stderr(formatScenarioError(file, error));
      return EXIT_INVALID_INPUT;
    }
    findings = read.scenario.policies.flatMap((policy) =>
      findingsOf(policy.id, policy.document, policy.type, catalog),
    );
  } else {
    findings = findingsOf(BARE_POLICY_ID, text, bareType(text), catalog);
  }
  io.stdout(`${JSON.stringify({ findings }, null, 2)}\n`);
  return findings.some((finding) => finding.severity === 'error') ? EXIT_FAILED : EXIT_OK;
}
