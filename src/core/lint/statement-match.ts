import { matchAction } from '../engine/match/action.ts';
import type { Statement, TextValue } from '../policy/model.ts';

/** Whether the statement's Action/NotAction covers `action`, whatever its resources and conditions. */
export function coversAction(statement: Statement, action: string): boolean {
  const element = statement.action;
  if (!element) return false;
  const matched = element.entries.some((entry) => matchAction(entry.value, action));
  return element.negated ? !matched : matched;
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
