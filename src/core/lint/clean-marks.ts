/*
 * What the statements whose element is written alike (an Action list, a Condition element) share
 * during one lint: the rules that read only that element and found nothing in it. A rule then
 * passes over the other statements that repeat it (action-lists.ts, condition-sets.ts).
 */

export interface CleanMarks {
  /** The codes of the rules that found the element clean. */
  clean?: Set<string>;
}

/** Whether rule `code` has found the shared element clean already. */
export function knownClean(marks: CleanMarks | undefined, code: string): boolean {
  return marks?.clean?.has(code) === true;
}

/** Records that rule `code` found the element clean; an element shared with none keeps nothing. */
export function markClean(marks: CleanMarks | undefined, code: string): void {
  if (marks) (marks.clean ??= new Set()).add(code);
}
