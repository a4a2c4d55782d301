import type { Scenario } from './model.ts';

/**
 * The scenario as the format's JSON text: documents stay text, byte for byte, and fields are
 * written in the order the format document shows them. `extra` adds top-level fields (readers
 * ignore fields they do not know).
 */
export function writeScenario(scenario: Scenario, extra: Record<string, unknown> = {}): string {
  const document: Record<string, unknown> = {
    format: scenario.format,
    policies: scenario.policies,
    requests: scenario.requests,
  };
  if (scenario.organization) document.organization = scenario.organization;
  if (scenario.account) document.account = scenario.account;
  return `${JSON.stringify({ ...document, ...extra }, null, 2)}\n`;
}
