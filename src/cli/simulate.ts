import {
  countResult,
  decideRequest,
  emptySummary,
  prepareScenario,
  readScenario,
} from '../core/index.ts';
import { formatPolicyErrors, formatScenarioError } from './diagnostics.ts';
import { EXIT_FAILED, EXIT_INVALID_INPUT, EXIT_OK, readInput, type CliIo } from './io.ts';
import { SimulateOutput } from './simulate-output.ts';

/** `simulate FILE|-`: see "The command line" in the scenario format. */
export function simulateCommand(io: CliIo, file: string): number {
  const text = readInput(io, file);
  if (text === undefined) return EXIT_INVALID_INPUT;
  const read = readScenario(text);
  if (!read.ok) {
    for (const error of read.errors) io.stderr(formatScenarioError(file, error));
    return EXIT_INVALID_INPUT;
  }
  const prepared = prepareScenario(read.scenario);
  const broken = prepared.policyProblems.filter((entry) => !entry.ok);
  if (broken.length > 0) {
    const documents = new Map(read.scenario.policies.map((policy) => [policy.id, policy.document]));
    io.stderr(formatPolicyErrors(file, text, broken, documents, read.locateDocuments()));
    return EXIT_INVALID_INPUT;
  }
  const options = { now: new Date() };
  const summary = emptySummary();
  const output = new SimulateOutput((chunk) => io.stdout(chunk));
  // Only decisions and deciding statements are printed, so no request needs its full trace.
  const requests = read.scenario.requests;
  // An index loop: an entries() iterator makes a pair per request until the loop is optimized.
  for (let index = 0; index < requests.length; index += 1) {
    const result = decideRequest(prepared, requests[index]!, index, options);
    countResult(summary, result);
    output.add(result);
  }
  output.finish(summary);
  return summary.failedExpectations > 0 ? EXIT_FAILED : EXIT_OK;
}
