import type { DiffFinding, DiffResult, MatchedStatement, SideDecision } from '../core/index.ts';

/** A deciding statement as `simulate` prints it: its span as a range. */
function statementOf({ span, ...statement }: MatchedStatement) {
  return { ...statement, range: { start: span.start, end: span.end } };
}

function sideOf(side: SideDecision) {
  return { decision: side.decision, statements: side.statements.map(statementOf) };
}

/** A request as a scenario writes it, then what the diff says of it (docs/scenario-format.md, `diff`). */
function requestOf(finding: DiffFinding) {
  return {
    ...finding.request,
    actions: finding.actions,
    ...(finding.otherServices !== undefined && { otherServices: finding.otherServices }),
    old: sideOf(finding.old),
    new: sideOf(finding.new),
  };
}

/** The output of `diff`: the shape issue 18 fixes, the extra fields inside each request. */
export function diffOutput(result: DiffResult) {
  return {
    result: result.result,
    newAccess: result.newAccess.map(requestOf),
    removedAccess: result.removedAccess.map(requestOf),
    unknown: result.unknown,
  };
}
