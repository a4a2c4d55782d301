import {
  parsePolicy,
  type ParsedPolicy,
  type Policy,
  type PolicyProblem,
  reparsePolicy,
  type ScenarioPolicy,
} from '../core/index.ts';
import type { ParsedModel } from './parse-transfer.ts';

export type PolicyStatus = 'valid' | 'warnings' | 'errors';

/**
 * From this many characters on, the page does not parse a policy: a full parse would hold the
 * main thread for longer than a frame or two (about 25 ms here, 200 ms for a 1 MB text). The
 * analysis worker reads it instead (connect-store.ts) and sends what changed.
 */
export const LARGE_POLICY = 250_000;

/** A large text as the worker read it (src/store's WorkerParse). */
export interface ReadByWorker {
  document: string;
  model: ParsedModel;
}

/** Everything derived from one policy's text; recomputed only when the text changes. */
export interface PolicyAnalysis {
  /** The text analysed: an earlier text of the policy while `reading`. */
  document: string;
  result: ParsedModel;
  status: PolicyStatus;
  /** Set while the text cannot be read as a JSON object: the form must not write to it. */
  unreadable?: PolicyProblem;
  /** The model of this text when it is readable, else of the last readable text seen. */
  lastReadable?: Policy;
  /** The policy's current text is large and being read in the worker; this is of the one before. */
  reading?: true;
}

/** Problems after which the model says nothing about the text. */
const UNREADABLE_CODES = new Set(['syntax', 'empty', 'too-deep']);

function unreadableProblem(document: string, result: ParsedModel): PolicyProblem | undefined {
  const broken = result.problems.find((problem) => UNREADABLE_CODES.has(problem.code));
  if (broken) return broken;
  // `[]` or `"x"`: valid JSON, but no object for the form to edit.
  return /^\s*\{/.test(document) ? undefined : result.problems[0];
}

function statusOf(result: ParsedModel): PolicyStatus {
  if (!result.ok) return 'errors';
  return result.problems.length > 0 ? 'warnings' : 'valid';
}

/** The analysis of no text: what a policy shows while its first (large) text is being read. */
const NOTHING_READ: PolicyAnalysis = {
  document: '',
  result: { policy: { statements: [], span: { start: 0, end: 0 } }, problems: [], ok: true },
  status: 'valid',
  reading: true,
};

interface Entry {
  latest: PolicyAnalysis;
  previous?: PolicyAnalysis;
  /** The page's own parse of `latest.document`, from which the next text is read. */
  parsed?: ParsedPolicy;
  /** What is shown while the worker reads `document`. */
  reading?: { document: string; analysis: PolicyAnalysis };
}

function analysisOf(
  document: string,
  result: ParsedModel,
  before: PolicyAnalysis | undefined,
): PolicyAnalysis {
  const unreadable = unreadableProblem(document, result);
  return {
    document,
    result,
    status: statusOf(result),
    unreadable,
    lastReadable: unreadable ? before?.lastReadable : result.policy,
  };
}

/**
 * A memoised selector per policy id: the same text gives the same object back, so components
 * can compare by identity, and each text is parsed once however many components read it. The
 * last two texts of each policy are kept: while typing, a deferred render still reads the
 * previous text when the current one has been analysed already. A new text is read from the
 * latest one, so typing inside a statement re-reads only that statement (reparse.ts). A large
 * text is never parsed here: its analysis is made from `read`, the worker's parse of it, and
 * until that arrives, the analysis of the text before stands in, marked `reading`.
 */
export function createPolicyAnalyser() {
  const cache = new Map<string, Entry>();
  return (policy: ScenarioPolicy, read?: ReadByWorker): PolicyAnalysis => {
    const { id, document } = policy;
    const entry = cache.get(id);
    const latest = entry?.latest === NOTHING_READ ? undefined : entry?.latest;
    if (latest?.document === document) return latest;
    if (entry?.previous?.document === document) return entry.previous;
    let result: ParsedModel;
    let parsed: ParsedPolicy | undefined;
    if (document.length >= LARGE_POLICY) {
      if (read?.document !== document) return readingAnalysis(cache, id, latest, document);
      result = read.model;
    } else {
      parsed =
        latest && entry?.parsed ? reparsePolicy(entry.parsed, document) : parsePolicy(document);
      result = parsed;
    }
    const analysis = analysisOf(document, result, latest);
    cache.set(
      id,
      latest ? { latest: analysis, previous: latest, parsed } : { latest: analysis, parsed },
    );
    return analysis;
  };
}

/** The analysis shown while the worker reads `document`: of the latest text, or of nothing. */
function readingAnalysis(
  cache: Map<string, Entry>,
  id: string,
  latest: PolicyAnalysis | undefined,
  document: string,
): PolicyAnalysis {
  const entry = cache.get(id);
  if (entry?.reading?.document === document) return entry.reading.analysis;
  const analysis: PolicyAnalysis = latest ? { ...latest, reading: true } : NOTHING_READ;
  const reading = { document, analysis };
  cache.set(id, entry ? { ...entry, reading } : { latest: NOTHING_READ, reading });
  return analysis;
}

export const analysePolicy = createPolicyAnalyser();
