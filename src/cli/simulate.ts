import { countResult, type CoverageDecision, decideRequest, emptySummary } from '../core/index.ts';
import { EXIT_FAILED, EXIT_INVALID_INPUT, EXIT_OK, readInput, type CliIo } from './io.ts';
import { readPreparedScenario } from './scenario-prepare.ts';
import { COVERAGE_OPTION, coverageJson } from './simulate-coverage.ts';
import { SimulateOutput } from './simulate-output.ts';

/** `simulate FILE|- [--coverage]`: see "The command line" in the scenario format. */
export function simulateCommand(io: CliIo, file: string, options: readonly string[] = []): number {
  const unknown = options.find((option) => option !== COVERAGE_OPTION);
  if (unknown !== undefined) {
    io.stderr(`simulate: unknown option ${unknown}: the only option is ${COVERAGE_OPTION}\n`);
    return EXIT_INVALID_INPUT;
  }
  const decisions: CoverageDecision[] | undefined = options.length > 0 ? [] : undefined;
  const text = readInput(io, file);
  if (text === undefined) return EXIT_INVALID_INPUT;
  const prepared = readPreparedScenario(io, file, text);
  if (!prepared) return EXIT_INVALID_INPUT;
  const now = { now: new Date() };
  const summary = emptySummary();
  const output = new SimulateOutput((chunk) => io.stdout(chunk));
  // Only decisions and deciding statements are printed, so no request needs its full trace.
  const requests = prepared.scenario.requests;
  // An index loop: an entries() iterator makes a pair per request until the loop is optimized.
  for (let index = 0; index < requests.length; index += 1) {
    const result = decideRequest(prepared, requests[index]!, index, now);
    countResult(summary, result);
    output.add(result);
    decisions?.push(result);
  }
  output.finish(summary, decisions && coverageJson(prepared, decisions));
  return summary.failedExpectations > 0 ? EXIT_FAILED : EXIT_OK;
}
