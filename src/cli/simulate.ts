import { countResult, decideRequest, emptySummary } from '../core/index.ts';
import { EXIT_FAILED, EXIT_INVALID_INPUT, EXIT_OK, readInput, type CliIo } from './io.ts';
import { readPreparedScenario } from './scenario-prepare.ts';
import { SimulateOutput } from './simulate-output.ts';

/** `simulate FILE|-`: see "The command line" in the scenario format. */
export function simulateCommand(io: CliIo, file: string): number {
  const text = readInput(io, file);
  if (text === undefined) return EXIT_INVALID_INPUT;
  const prepared = readPreparedScenario(io, file, text);
  if (!prepared) return EXIT_INVALID_INPUT;
  const options = { now: new Date() };
  const summary = emptySummary();
  const output = new SimulateOutput((chunk) => io.stdout(chunk));
  // Only decisions and deciding statements are printed, so no request needs its full trace.
  const requests = prepared.scenario.requests;
  // An index loop: an entries() iterator makes a pair per request until the loop is optimized.
  for (let index = 0; index < requests.length; index += 1) {
    const result = decideRequest(prepared, requests[index]!, index, options);
    countResult(summary, result);
    output.add(result);
  }
  output.finish(summary);
  return summary.failedExpectations > 0 ? EXIT_FAILED : EXIT_OK;
}
