import {
  detectText,
  findExcessiveNesting,
  lineIndex,
  lintPolicy,
  parsePolicy,
  readScenario,
  type DocumentOrigin,
  type LintCatalog,
  type LintFinding,
  type LintSeverity,
  type ScenarioPolicy,
} from '../core/index.ts';
import { formatError, formatPolicyErrors, formatScenarioError } from './diagnostics.ts';
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

/** A policy to lint, with its value when it was read already (a bare policy's, by detectText). */
interface ToLint {
  policy: ScenarioPolicy;
  read?: { value: unknown };
}

function findingsOf({ policy, read }: ToLint, catalog: LintCatalog): Finding[] {
  const parsed = parsePolicy(policy.document, read);
  return lintPolicy(parsed, policy.type, catalog).map((finding) => ({
    policyId: policy.id,
    code: finding.code,
    severity: finding.severity,
    message: finding.message,
    range: { start: finding.span.start, end: finding.span.end },
    ...(finding.fixes?.length ? { fixes: finding.fixes } : {}),
  }));
}

/**
 * A document nested too deep cannot be linted safely: like simulate, say where (the policy, its
 * line and column in the file and in the document) and stop. True when there was none.
 */
function checkNesting(
  io: CliIo,
  file: string,
  text: string,
  policies: ScenarioPolicy[],
  origins: () => Map<string, DocumentOrigin>,
): boolean {
  const tooDeep = policies.filter((policy) => findExcessiveNesting(policy.document) >= 0);
  if (tooDeep.length === 0) return true;
  const problems = tooDeep.map((policy) => ({
    policyId: policy.id,
    ...parsePolicy(policy.document),
  }));
  const documents = new Map(tooDeep.map((policy) => [policy.id, policy.document]));
  io.stderr(formatPolicyErrors(file, text, problems, documents, origins()));
  return false;
}

/** The policies of a scenario, or the one bare policy; undefined, reported, when it cannot be read. */
function policiesOf(io: CliIo, file: string, text: string): ToLint[] | undefined {
  const detected = detectText(text);
  if (detected.kind === 'unreadable') {
    io.stderr(formatError(file, lineIndex(text)(detected.offset), detected.message));
    return undefined;
  }
  // detectText has refused a bare policy nested too deep.
  if (detected.kind === 'policy') {
    const policy = { id: BARE_POLICY_ID, type: detected.type, document: text };
    return [{ policy, read: detected.read }];
  }
  const read = readScenario(text);
  if (!read.ok) {
    for (const error of read.errors) io.stderr(formatScenarioError(file, error));
    return undefined;
  }
  const { policies } = read.scenario;
  if (!checkNesting(io, file, text, policies, read.locateDocuments)) return undefined;
  return policies.map((policy) => ({ policy }));
}

/** `lint FILE|-`: a scenario, or a bare policy document. */
export function lintCommand(io: CliIo, file: string): number {
  const text = readInput(io, file);
  if (text === undefined) return EXIT_INVALID_INPUT;
  const policies = policiesOf(io, file, text);
  if (!policies) return EXIT_INVALID_INPUT;
  const catalog = fileLintCatalog();
  const findings = policies.flatMap((policy) => findingsOf(policy, catalog));
  io.stdout(`${JSON.stringify({ findings }, null, 2)}\n`);
  return findings.some((finding) => finding.severity === 'error') ? EXIT_FAILED : EXIT_OK;
}
