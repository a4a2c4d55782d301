import { parsePolicy } from '../core/policy/parse.ts';
import { reparsePolicy } from '../core/policy/reparse.ts';
import type { ParseResult, Policy, PolicyProblem } from '../core/policy/model.ts';
import type { ScenarioPolicy } from '../core/scenario/model.ts';

export type PolicyStatus = 'valid' | 'warnings' | 'errors';

/** Everything derived from one policy's text; recomputed only when the text changes. */
export interface PolicyAnalysis {
  document: string;
  result: ParseResult;
  status: PolicyStatus;
  /** Set while the text cannot be read as a JSON object: the form must not write to it. */
  unreadable?: PolicyProblem;
  /** The model of this text when it is readable, else of the last readable text seen. */
  lastReadable?: Policy;
}

/** Problems after which the model says nothing about the text. */
const UNREADABLE_CODES = new Set(['syntax', 'empty', 'too-deep']);

function unreadableProblem(document: string, result: ParseResult): PolicyProblem | undefined {
  const broken = result.problems.find((problem) => UNREADABLE_CODES.has(problem.code));
  if (broken) return broken;
  // `[]` or `"x"`: valid JSON, but no object for the form to edit.
  return /^\s*\{/.test(document) ? undefined : result.problems[0];
}

function statusOf(result: ParseResult): PolicyStatus {
  if (!result.ok) return 'errors';
  return result.problems.length > 0 ? 'warnings' : 'valid';
}

/**
 * A memoised selector per policy id: the same text gives the same object back, so components
 * can compare by identity, and each text is parsed once however many components read it. The
 * last two texts of each policy are kept: while typing, a deferred render still reads the
 * previous text when the current one has been analysed already. A new text is read from the
 * latest one, so typing inside a statement re-reads only that statement (reparse.ts).
 */
export function createPolicyAnalyser() {
  const cache = new Map<string, { latest: PolicyAnalysis; previous?: PolicyAnalysis }>();
  return (policy: ScenarioPolicy): PolicyAnalysis => {
    const entry = cache.get(policy.id);
    if (entry?.latest.document === policy.document) return entry.latest;
    if (entry?.previous?.document === policy.document) return entry.previous;
    const result = entry
      ? reparsePolicy(entry.latest.document, entry.latest.result, policy.document)
      : parsePolicy(policy.document);
    const unreadable = unreadableProblem(policy.document, result);
    const analysis: PolicyAnalysis = {
      document: policy.document,
      result,
      status: statusOf(result),
      unreadable,
      lastReadable: unreadable ? entry?.latest.lastReadable : result.policy,
    };
    cache.set(
      policy.id,
      entry ? { latest: analysis, previous: entry.latest } : { latest: analysis },
    );
    return analysis;
  };
}

export const analysePolicy = createPolicyAnalyser();
