import {
  prepareScenario,
  readScenario,
  type RequestDecision,
  type SimulationSummary,
} from '../core/index.ts';
import { decideRequest } from '../core/engine/evaluate.ts';
import { formatPolicyErrors, formatScenarioError } from './diagnostics.ts';
import { EXIT_FAILED, EXIT_INVALID_INPUT, EXIT_OK, readInput, type CliIo } from './io.ts';

/** The command line's view of a result: the contract of the scenario format, without the trace. */
function publicResult(result: RequestDecision) {
  const entry: Record<string, unknown> = {
    id: result.id,
    decision: result.decision,
    matchedStatements: result.matchedStatements.map(
      ({ policyId, statementIndex, sid, effect, range }) => ({
        policyId,
        statementIndex,
        ...(sid !== undefined && { sid }),
        effect,
        range: { start: range.start, end: range.end },
      }),
    ),
  };
  if (result.expect !== undefined) {
    entry.expect = result.expect;
    entry.pass = result.pass;
  }
  return entry;
}

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
    io.stderr(formatPolicyErrors(file, text, broken, documents, read.documentOrigins));
    return EXIT_INVALID_INPUT;
  }
  const now = new Date();
  const summary: SimulationSummary = {
    requests: 0,
    allowed: 0,
    explicitDeny: 0,
    implicitDeny: 0,
    failedExpectations: 0,
  };
  // Only decisions and deciding statements are printed, so no request needs its full trace.
  const results = read.scenario.requests.map((request, index) => {
    const result = decideRequest(prepared, request, index, { now });
    summary.requests += 1;
    summary[result.decision] += 1;
    if (result.pass === false) summary.failedExpectations += 1;
    return publicResult(result);
  });
  io.stdout(`${JSON.stringify({ results, summary }, null, 2)}\n`);
  return summary.failedExpectations > 0 ? EXIT_FAILED : EXIT_OK;
}
