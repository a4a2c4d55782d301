import { matchAction } from '../engine/match/action.ts';
import type { ActionElement, Statement, TextValue } from '../policy/model.ts';
import { sharedIfAny } from './action-lists.ts';

function listCovers(element: ActionElement, action: string): boolean {
  const matched = element.entries.some((entry) => matchAction(entry.value, action));
  return element.negated ? !matched : matched;
}

/**
 * Whether the statement's Action/NotAction covers `action`, whatever its resources and conditions.
 * Answered once per Action list when the policy's lists are shared (action-lists.ts).
 */
export function coversAction(statement: Statement, action: string): boolean {
  const element = statement.action;
  if (!element) return false;
  const covered = sharedIfAny(element)?.covered;
  if (!covered) return listCovers(element, action);
  let verdict = covered.get(action);
  if (verdict === undefined) {
    verdict = listCovers(element, action);
    covered.set(action, verdict);
  }
  return verdict;
}

/** The first Action entry that names `action`; for NotAction, the element itself. */
export function entryCovering(statement: Statement, action: string): TextValue | undefined {
  const element = statement.action;
  if (!element) return undefined;
  if (element.negated) {
    return coversAction(statement, action) ? { value: 'NotAction', span: element.span } : undefined;
  }
  return element.entries.find((entry) => matchAction(entry.value, action));
}

/** Resource "*", or NotResource: the statement is not scoped to named resources. */
export function isUnscoped(statement: Statement): boolean {
  const resource = statement.resource;
  if (!resource) return false;
  return resource.negated || resource.entries.some((entry) => entry.value === '*');
}
