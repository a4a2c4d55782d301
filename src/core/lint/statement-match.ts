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

/**
 * The actions of `actions`, a rule's fixed list, that the statement's Action/NotAction covers, in
 * their order; worked out once per Action list and `actions` when the lists are shared. Most
 * statements of a large policy cover none of a rule's actions: they are passed over with one
 * lookup instead of one for each action.
 */
export function coveredAmong(statement: Statement, actions: readonly string[]): readonly string[] {
  const element = statement.action;
  if (!element) return [];
  const shared = sharedIfAny(element);
  if (!shared) return actions.filter((action) => listCovers(element, action));
  const among = (shared.among ??= new Map());
  let covered = among.get(actions);
  if (!covered) {
    covered = actions.filter((action) => coversAction(statement, action));
    among.set(actions, covered);
  }
  return covered;
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
