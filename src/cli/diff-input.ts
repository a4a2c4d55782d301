import {
  detectText,
  lineIndex,
  parsePolicy,
  POLICY_TYPES,
  type ParsedPolicy,
  type PolicyType,
  type Scenario,
} from '../core/index.ts';
import { formatError } from './diagnostics.ts';
import { readInput, type CliIo } from './io.ts';
import { readPreparedScenario } from './scenario-prepare.ts';

/** What one side of `diff` holds: a bare policy document, or a scenario. */
export type DiffInput =
  | { kind: 'policy'; parsed: ParsedPolicy; type: PolicyType }
  | { kind: 'scenario'; scenario: Scenario };

/** A policy that does not parse: each error at its line and column in FILE. */
function policyErrors(io: CliIo, file: string, parsed: ParsedPolicy): boolean {
  const errors = parsed.problems.filter((problem) => problem.severity === 'error');
  const at = lineIndex(parsed.text);
  for (const problem of errors) {
    io.stderr(formatError(file, at(problem.span.start), `${problem.message} [${problem.code}]`));
  }
  return errors.length > 0;
}

/** FILE read as a policy or a scenario; undefined, the reason reported where it lies, when it cannot be. */
export function readDiffInput(io: CliIo, file: string): DiffInput | undefined {
  const text = readInput(io, file);
  if (text === undefined) return undefined;
  const detected = detectText(text);
  if (detected.kind === 'unreadable') {
    io.stderr(formatError(file, lineIndex(text)(detected.offset), detected.message));
    return undefined;
  }
  if (detected.kind === 'scenario') {
    const prepared = readPreparedScenario(io, file, text);
    return prepared && { kind: 'scenario', scenario: prepared.scenario };
  }
  const parsed = parsePolicy(text);
  return policyErrors(io, file, parsed)
    ? undefined
    : { kind: 'policy', parsed, type: detected.type };
}

/** `--type T`: the policy type both versions are compared as; undefined when absent. */
export function readTypeOption(
  io: CliIo,
  options: readonly string[],
): { ok: true; type?: PolicyType } | { ok: false } {
  if (options.length === 0) return { ok: true };
  const [flag, value] = options;
  const type = POLICY_TYPES.find((known) => known === value);
  if (flag === '--type' && type && options.length === 2) return { ok: true, type };
  io.stderr(
    `diff: expected OLD NEW [--type ${POLICY_TYPES.join('|')}], got "${options.join(' ')}"\n`,
  );
  return { ok: false };
}
