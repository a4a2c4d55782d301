import type { ConditionBlock, Statement } from '../policy/model.ts';
import { knownClean, markClean, type CleanMarks } from './clean-marks.ts';
import type { LintFinding } from './finding.ts';

/*
 * A policy of thousands of statements repeats a few hundred Condition elements (the bench's 10,000
 * statements: 2,500 with conditions, 631 distinct). A rule whose findings in a statement follow
 * from its Condition element alone (and the policy's version, type and catalog) reads each
 * distinct element until it finds it clean, and not again in the statements that repeat it.
 */

const SHARED = new WeakMap<readonly ConditionBlock[], CleanMarks>();

/**
 * The element's text in the policy, from its first operator to the end of its last. The model is
 * read from that text alone, so equal texts are equal elements; only their offsets differ.
 */
function elementText(blocks: readonly ConditionBlock[], text: string): string {
  return text.slice(blocks[0]!.span.start, blocks[blocks.length - 1]!.span.end);
}

/**
 * Makes the statements whose Condition elements are written alike share what rules learn of them;
 * called at the start of each lint of a policy, whose text is `text`, so nothing learned with one
 * catalog or policy type is kept for another.
 */
export function shareConditionSets(statements: readonly Statement[], text: string): void {
  const byText = new Map<string, CleanMarks>();
  for (let i = 0; i < statements.length; i++) {
    const blocks = statements[i]!.conditions;
    if (blocks.length === 0) continue;
    const key = elementText(blocks, text);
    let shared = byText.get(key);
    if (!shared) {
      shared = {};
      byText.set(key, shared);
    }
    SHARED.set(blocks, shared);
  }
}

/**
 * The findings of rule `code` in the statements with conditions, `find` reading a statement's
 * Condition element only: a statement whose element another one found clean is not read.
 */
export function conditionSetFindings(
  statements: readonly Statement[],
  code: string,
  find: (statement: Statement) => LintFinding[],
): LintFinding[] {
  const findings: LintFinding[] = [];
  for (let i = 0; i < statements.length; i++) {
    const statement = statements[i]!;
    if (statement.conditions.length === 0) continue;
    const shared = SHARED.get(statement.conditions);
    if (knownClean(shared, code)) continue;
    const found = find(statement);
    if (found.length > 0) findings.push(...found);
    else markClean(shared, code);
  }
  return findings;
}

/**
 * The findings of rule `code` over uses of condition keys or values (conditionKeyUses or
 * conditionValueUses, in their order), each statement's together, `find` reading a use's Condition
 * element only: the uses of a statement whose element another one found clean are not read. The
 * uses may be a part of those lists if what leaves a use out is in the use itself.
 */
export function conditionUseFindings<U extends { statement: Statement }>(
  uses: readonly U[],
  code: string,
  find: (use: U) => LintFinding[],
): LintFinding[] {
  const findings: LintFinding[] = [];
  let at = 0;
  while (at < uses.length) {
    const statement = uses[at]!.statement;
    let end = at + 1;
    while (end < uses.length && uses[end]!.statement === statement) end += 1;
    const shared = SHARED.get(statement.conditions);
    if (!knownClean(shared, code)) {
      const before = findings.length;
      for (let i = at; i < end; i++) {
        const found = find(uses[i]!);
        if (found.length > 0) findings.push(...found);
      }
      if (findings.length === before) markClean(shared, code);
    }
    at = end;
  }
  return findings;
}
