import {
  addBundledPolicies,
  detectText,
  prepareScenario,
  SCENARIO_FORMAT,
  type PreparedScenario,
} from '../core/index.ts';
import { packageManagedPolicies } from './account-managed-policies.ts';
import { readAccount } from './account.ts';
import type { CliIo } from './io.ts';
import { readPreparedScenario } from './scenario-prepare.ts';

/**
 * SCENARIO_OR_GAAD as the policies to replay against: a scenario's policies (and its account's,
 * with the AWS managed policies it names), or an account's from the output of
 * `aws iam get-account-authorization-details`. Undefined, with the errors reported, when it cannot
 * be read.
 */
export function readReplayPolicies(
  io: CliIo,
  file: string,
  text: string,
): PreparedScenario | undefined {
  if (detectText(text).kind === 'scenario')
    return readPreparedScenario(io, file, text, (scenario) => {
      if (scenario.account) addBundledPolicies(scenario.account, packageManagedPolicies(), [], []);
    });
  const read = readAccount(io, file, text);
  if (!read) return undefined;
  return prepareScenario({
    format: SCENARIO_FORMAT,
    policies: [],
    requests: [],
    account: read.account,
  });
}
