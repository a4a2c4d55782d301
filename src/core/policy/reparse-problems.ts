import type { ParsedPolicy, PolicyProblem, Span, Statement } from './model.ts';
import { bySpan } from './parse.ts';
import { duplicateSid } from './policy-checks.ts';
import { statementAt } from './statement-at.ts';

/** An edit inside one statement of a parse, the statement read again on its own. */
export interface StatementEdit {
  /** The statement in the previous parse. */
  before: Statement;
  /** The statement as edited, in the new text. */
  after: Statement;
  /** The problems of the edited statement on its own, placed in the new text. */
  problems: PolicyProblem[];
  /** How far the text after the statement moved. */
  by: number;
}

const startsIn = (span: Span, outer: Span) => span.start >= outer.start && span.start < outer.end;

/** A problem outside the edited statement as it lies in the new text. */
function moved(problem: PolicyProblem, edit: StatementEdit): PolicyProblem {
  const { end } = edit.before.span;
  if (problem.span.end < end) return problem;
  // What lies after the statement moves by the edit's length.
  const at = (position: number) => (position >= end ? position + edit.by : position);
  return { ...problem, span: { start: at(problem.span.start), end: at(problem.span.end) } };
}

/**
 * Whether the model holds every statement of the text: one it leaves out (not an object, or no
 * valid Effect) always has an error of the policy grammar inside it, so outside the model's.
 */
function everyStatementRead(previous: ParsedPolicy): boolean {
  const { statements } = previous.policy;
  return previous.problems.every((problem) => {
    if (problem.severity !== 'error') return true;
    const statement = statementAt(statements, problem.span.start);
    return statement !== undefined && problem.span.end <= statement.span.end;
  });
}

function duplicateSids(statements: readonly Statement[]): PolicyProblem[] {
  const seen = new Set<string>();
  const problems: PolicyProblem[] = [];
  for (const { sid } of statements) {
    if (!sid) continue;
    if (seen.has(sid.value)) problems.push(duplicateSid(sid.value, sid.span));
    seen.add(sid.value);
  }
  return problems;
}

/**
 * The problems parsePolicy finds in the text after `edit`, without reading the rest of the text:
 * the problems of the other statements and of the document are carried over, moved with the
 * text, and the edited statement's own are those found reading it alone. Only whether Sids repeat
 * depends on more than one statement: while the edited Sid stays the same, so do those problems;
 * when it changes they are found again from the Sids of `statements`, the new model's.
 * Undefined when the Sid changed and the model leaves out some statement, whose Sid is unknown.
 */
export function problemsAfterEdit(
  previous: ParsedPolicy,
  edit: StatementEdit,
  statements: readonly Statement[],
): PolicyProblem[] | undefined {
  const sidChanged = edit.before.sid?.value !== edit.after.sid?.value;
  if (sidChanged && !everyStatementRead(previous)) return undefined;
  const problems = [...edit.problems];
  for (const problem of previous.problems) {
    const repeatedSid = problem.code === 'duplicate-sid';
    if (startsIn(problem.span, edit.before.span)) {
      // Its Sid, the same as before, still repeats an earlier statement's.
      if (repeatedSid && !sidChanged && edit.after.sid) {
        problems.push(duplicateSid(edit.after.sid.value, edit.after.sid.span));
      }
    } else if (!(repeatedSid && sidChanged)) {
      problems.push(moved(problem, edit));
    }
  }
  if (sidChanged) problems.push(...duplicateSids(statements));
  return problems.sort(bySpan);
}
