import {
  countResult,
  type CoverageDecision,
  decideRequest,
  emptySummary,
  prepareScenario,
  readStrictScenario,
  requestSlices,
  type PreparedScenario,
  type ScenarioRequest,
  type SimulationSummary,
  type TextChunks,
} from '../core/index.ts';
import { ChunkReadError } from './file-chunks.ts';
import { EXIT_FAILED, EXIT_INVALID_INPUT, EXIT_OK, readInput, type CliIo } from './io.ts';
import { readPreparedScenario } from './scenario-prepare.ts';
import { COVERAGE_OPTION, coverageJson } from './simulate-coverage.ts';
import { SimulateOutput } from './simulate-output.ts';

/** One run of simulate: its output, the counts and, with --coverage, every decision. */
class Run {
  readonly summary: SimulationSummary = emptySummary();
  readonly output: SimulateOutput;
  readonly now = { now: new Date() };
  readonly decisions: CoverageDecision[] | undefined;
  private decided = 0;

  constructor(
    readonly prepared: PreparedScenario,
    write: (piece: Uint8Array) => void,
    coverage: boolean,
    hold = false,
  ) {
    this.output = new SimulateOutput(write, hold);
    this.decisions = coverage ? [] : undefined;
  }

  /** Only decisions and deciding statements are printed, so no request needs its full trace. */
  decide(requests: readonly ScenarioRequest[]): void {
    // An index loop: an entries() iterator makes a pair per request until the loop is optimized.
    for (let index = 0; index < requests.length; index += 1) {
      const result = decideRequest(this.prepared, requests[index]!, this.decided, this.now);
      this.decided += 1;
      countResult(this.summary, result);
      this.output.add(result);
      this.decisions?.push(result);
    }
  }

  finish(): number {
    const { prepared, decisions, summary } = this;
    this.output.finish(summary, decisions && coverageJson(prepared, decisions));
    return summary.failedExpectations > 0 ? EXIT_FAILED : EXIT_OK;
  }
}

/**
 * simulate over a scenario whose requests are read a slice at a time (requestSlices), each slice
 * decided before the next is read; the output is held until the last is, since a request found
 * wrong in a later slice means no output at all. Undefined, nothing written, when the scenario is
 * not of the plain kind read so or has anything to report: the whole text is then read at once.
 */
export function simulateSlices(
  io: CliIo,
  source: string | TextChunks,
  coverage: boolean,
): number | undefined {
  const slices = requestSlices(source);
  const read = slices && readStrictScenario(slices.rest);
  if (!slices || !read?.ok) return undefined;
  const prepared = prepareScenario(read.scenario);
  if (prepared.policyProblems.some((entry) => !entry.ok)) return undefined;
  const run = new Run(prepared, (piece) => io.stdout(piece), coverage, true);
  for (let slice = slices.next(); slice !== 'end'; slice = slices.next()) {
    if (slice === 'unreadable') return undefined;
    run.decide(slice);
  }
  return run.finish();
}

/**
 * simulateSlices over a file read a chunk at a time; undefined, nothing written, when it cannot be
 * read so (standard input, a file that cannot be opened or is not plain UTF-8 text) or
 * simulateSlices gives up: the whole file is then read, and anything wrong said with its place.
 */
function readsInChunks(io: CliIo, file: string): io is CliIo & Required<Pick<CliIo, 'readChunks'>> {
  return file !== '-' && io.readChunks !== undefined;
}

function simulateFileInChunks(io: CliIo, file: string, coverage: boolean): number | undefined {
  if (!readsInChunks(io, file)) return undefined;
  let chunks;
  try {
    chunks = io.readChunks(file);
  } catch {
    return undefined;
  }
  try {
    return simulateSlices(io, chunks, coverage);
  } catch (error) {
    if (error instanceof ChunkReadError) return undefined;
    throw error;
  } finally {
    chunks.close();
  }
}

/** `simulate FILE|- [--coverage]`: see "The command line" in the scenario format. */
export function simulateCommand(io: CliIo, file: string, options: readonly string[] = []): number {
  const unknown = options.find((option) => option !== COVERAGE_OPTION);
  if (unknown !== undefined) {
    io.stderr(`simulate: unknown option ${unknown}: the only option is ${COVERAGE_OPTION}\n`);
    return EXIT_INVALID_INPUT;
  }
  const coverage = options.length > 0;
  const streamed = simulateFileInChunks(io, file, coverage);
  if (streamed !== undefined) return streamed;
  const text = readInput(io, file);
  if (text === undefined) return EXIT_INVALID_INPUT;
  // Read in chunks already, the text was sliced as far as slicing goes: read it whole at once.
  const sliced = readsInChunks(io, file) ? undefined : simulateSlices(io, text, coverage);
  if (sliced !== undefined) return sliced;
  const prepared = readPreparedScenario(io, file, text);
  if (!prepared) return EXIT_INVALID_INPUT;
  const run = new Run(prepared, (piece) => io.stdout(piece), coverage);
  run.decide(prepared.scenario.requests);
  return run.finish();
}
