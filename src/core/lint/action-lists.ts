import type { ActionElement, Statement } from '../policy/model.ts';
import { knownClean, markClean, type CleanMarks } from './clean-marks.ts';
import type { LintFinding } from './finding.ts';

/*
 * A policy of thousands of statements repeats a few dozen Action lists (10,000 statements of the
 * bench's policy: 60 lists of 42 actions). What rules work out from a list alone is worked out once
 * for all the statements that share it.
 */

/** What the statements with one Action (or NotAction) list share. */
export interface SharedActionList extends CleanMarks {
  /** The entries' values, in order. */
  values: readonly string[];
  /** Whether the list covers an action, once asked (statement-match's coversAction). */
  covered: Map<string, boolean>;
  /** Which actions of a rule's fixed list it covers, once asked (statement-match's coveredAmong). */
  among?: Map<readonly string[], readonly string[]>;
  /** Whether an action pattern is within the list (statement-cover's coverTest), once asked. */
  coversPattern?: (pattern: string) => boolean;
}

const SHARED = new WeakMap<ActionElement, SharedActionList>();

function listOf(element: ActionElement): SharedActionList {
  return { values: element.entries.map((entry) => entry.value), covered: new Map() };
}

function attach(element: ActionElement, shared: SharedActionList): SharedActionList {
  SHARED.set(element, shared);
  return shared;
}

/**
 * Makes the statements of the policy whose text is `text` that have the same Action (or NotAction)
 * list, written alike, share one SharedActionList. The list is read from its property's text
 * alone, `"Action": [...]`, name included: equal texts are equal lists. A key built from the
 * entries' values took four times as long over the bench's 10,000 statements of up to 42 actions.
 */
export function shareActionLists(statements: readonly Statement[], text: string): void {
  const byKey = new Map<string, SharedActionList>();
  for (let i = 0; i < statements.length; i++) {
    const element = statements[i]!.action;
    if (!element) continue;
    const key = text.slice(element.span.start, element.span.end);
    let shared = byKey.get(key);
    if (!shared) {
      shared = listOf(element);
      byKey.set(key, shared);
    }
    attach(element, shared);
  }
}

/** The list shared by shareActionLists, if it was called; else one for this element alone. */
export function sharedActionList(element: ActionElement): SharedActionList {
  return SHARED.get(element) ?? attach(element, listOf(element));
}

/** The shared list when there is one: answers worth keeping only if other statements reuse them. */
export function sharedIfAny(element: ActionElement): SharedActionList | undefined {
  return SHARED.get(element);
}

/**
 * The findings of rule `code` over the statements' Action (or NotAction) lists, for a rule whose
 * findings in a statement follow from its list alone (and the policy's catalog and type): once a
 * list is found clean, the other statements that share it are not read again. Statements
 * `applies` refuses are left out, and teach nothing of their lists.
 */
export function actionListFindings(
  statements: readonly Statement[],
  code: string,
  find: (element: ActionElement) => LintFinding[],
  applies?: (statement: Statement) => boolean,
): LintFinding[] {
  const findings: LintFinding[] = [];
  for (let i = 0; i < statements.length; i++) {
    const element = statements[i]!.action;
    if (!element || (applies && !applies(statements[i]!))) continue;
    const shared = SHARED.get(element);
    if (knownClean(shared, code)) continue;
    const found = find(element);
    if (found.length > 0) findings.push(...found);
    else markClean(shared, code);
  }
  return findings;
}
