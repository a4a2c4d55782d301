import {
  prepareScenario,
  readScenario,
  type PreparedScenario,
  type Scenario,
} from '../core/index.ts';
import { formatPolicyErrors, formatScenarioError } from './diagnostics.ts';
import type { CliIo } from './io.ts';

/**
 * A scenario's text read and its policies prepared, with `adjust` applied to the scenario read
 * first; undefined, the errors reported at their place in FILE, when the scenario or one of its
 * policies cannot be read.
 */
export function readPreparedScenario(
  io: CliIo,
  file: string,
  text: string,
  adjust?: (scenario: Scenario) => void,
): PreparedScenario | undefined {
  const read = readScenario(text);
  if (!read.ok) {
    for (const error of read.errors) io.stderr(formatScenarioError(file, error));
    return undefined;
  }
  adjust?.(read.scenario);
  const prepared = prepareScenario(read.scenario);
  const broken = prepared.policyProblems.filter((entry) => !entry.ok);
  if (broken.length > 0) {
    const documents = new Map(read.scenario.policies.map((policy) => [policy.id, policy.document]));
    io.stderr(formatPolicyErrors(file, text, broken, documents, read.locateDocuments()));
    return undefined;
  }
  return prepared;
}
