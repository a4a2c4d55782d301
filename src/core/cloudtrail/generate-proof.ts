import { prepareScenario } from '../engine/prepare.ts';
import type { LintCatalog } from '../lint/catalog-port.ts';
import { lintPolicy } from '../lint/lint-policy.ts';
import { callerCalls } from './generate-calls.ts';
import type { GeneratedPolicy, GenerationProof } from './generate-model.ts';
import { generatedScenario } from './generate-scenario.ts';
import type { MappedCall } from './replay-model.ts';
import { replayCalls } from './replay.ts';

/**
 * The generated policy checked before it is shown: every successful call of its caller replayed
 * against the policy alone must be allowed (`replayed` and `allowed` count events; a role assumed,
 * a KMS key or another account's resource trusts the caller's account, see generatedScenario), and lint must find nothing above a suggestion. A
 * policy edited after generation (a statement removed) is proven or refuted the same way.
 */
export function proveGeneratedPolicy(
  generated: GeneratedPolicy,
  calls: readonly MappedCall[],
  lintCatalog: LintCatalog,
): GenerationProof {
  const { used } = callerCalls(calls, generated.caller);
  const prepared = prepareScenario(generatedScenario(generated, used));
  const replayed = replayCalls(prepared, used).calls;
  const notAllowed = replayed.filter((call) => call.decision !== 'allowed');
  const findings = lintPolicy(generated.document, 'identity', lintCatalog).filter(
    (finding) => finding.severity !== 'suggestion',
  );
  const events = (list: readonly { call: MappedCall }[]) =>
    list.reduce((sum, { call }) => sum + call.count, 0);
  return {
    replayed: events(replayed),
    allowed: events(replayed) - events(notAllowed),
    notAllowed,
    findings,
    proven: notAllowed.length === 0 && findings.length === 0,
  };
}
