import { prepareScenario } from '../engine/prepare.ts';
import type { LintCatalog } from '../lint/catalog-port.ts';
import { lintPolicy } from '../lint/lint-policy.ts';
import { callerCalls } from './generate-calls.ts';
import type { GeneratedPolicy, GenerationProof } from './generate-model.ts';
import { generatedScenario } from './generate-scenario.ts';
import type { MappedCall, ReplayedCall } from './replay-model.ts';
import { replayCalls } from './replay.ts';

/** The lint rule of IAM's size quota, over which the policy cannot be attached as it is. */
const POLICY_SIZE = 'policy-size';

const eventsOf = (list: readonly { call: MappedCall }[]) =>
  list.reduce((sum, { call }) => sum + call.count, 0);

/**
 * The generated policy checked before it is shown: every successful call of its caller replayed
 * against the policy alone must be allowed (`replayed` and `allowed` count events; a role it
 * assumed, a KMS key or another account's resource trusts the caller's account, see
 * generatedScenario), and lint must find nothing above a suggestion. A policy edited after
 * generation (a statement removed) is proven or refuted the same way. A policy over IAM's size
 * quota is refuted by lint without its calls being replayed: the engine would compare every call
 * with each of its thousands of ARNs, for a policy IAM refuses anyway.
 */
export function proveGeneratedPolicy(
  generated: GeneratedPolicy,
  calls: readonly MappedCall[],
  lintCatalog: LintCatalog,
): GenerationProof {
  const findings = lintPolicy(generated.document, 'identity', lintCatalog).filter(
    (finding) => finding.severity !== 'suggestion',
  );
  const { used } = callerCalls(calls, generated.caller);
  const tooLarge = findings.some((finding) => finding.code === POLICY_SIZE);
  let replayed: ReplayedCall[] = [];
  if (!tooLarge) {
    const prepared = prepareScenario(generatedScenario(generated, used));
    replayed = replayCalls(prepared, used).calls;
  }
  const notAllowed = replayed.filter((call) => call.decision !== 'allowed');
  const proof: GenerationProof = {
    replayed: eventsOf(replayed),
    allowed: eventsOf(replayed) - eventsOf(notAllowed),
    notAllowed,
    findings,
    proven: notAllowed.length === 0 && findings.length === 0,
  };
  if (tooLarge)
    proof.notReplayed = `${eventsOf(used.map((call) => ({ call })))} events not replayed: the policy is over IAM's size quota`;
  return proof;
}
