import type { Account } from '../account/model.ts';
import type { Scenario } from './model.ts';

/**
 * The account without its managed policies' other versions: an import keeps them to compare with,
 * a saved scenario does not (an AWS managed policy can have hundreds, and the format has no field
 * for them).
 */
function savedAccount(account: Account): Account {
  return {
    ...account,
    policies: account.policies.map(({ otherVersions: _, ...policy }) => policy),
  };
}

/**
 * The scenario as the format's JSON text: documents stay text, byte for byte, and fields are
 * written in the order the format document shows them. `extra` adds top-level fields (readers
 * ignore fields they do not know). Indented for people to read; `indent` 0 writes it on one line,
 * for storage, where it is made often and read only by the studio.
 */
export function writeScenario(
  scenario: Scenario,
  extra: Record<string, unknown> = {},
  indent = 2,
): string {
  const document: Record<string, unknown> = {
    format: scenario.format,
    policies: scenario.policies,
    requests: scenario.requests,
  };
  if (scenario.organization) document.organization = scenario.organization;
  if (scenario.account) document.account = savedAccount(scenario.account);
  return `${JSON.stringify({ ...document, ...extra }, null, indent)}\n`;
}
