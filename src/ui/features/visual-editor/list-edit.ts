import { type PolicyEdit } from '../../../core/index.ts';

/**
 * The one edit that turns the element's list `before` into `after`: an append or a removal when
 * that is all that changed (the smallest text change), else the whole list rewritten. Either way
 * one edit, so one Ctrl+Z undoes a picker click.
 */
export function listEdit(
  statement: number,
  name: string,
  before: readonly string[],
  after: readonly string[],
): PolicyEdit | undefined {
  const path = [name];
  if (after.length === 0) {
    return before.length === 0 ? undefined : { kind: 'set', statement, path, value: undefined };
  }
  const sameStart = before.every((value, i) => after[i] === value);
  if (after.length === before.length + 1 && sameStart) {
    return { kind: 'add-value', statement, path, value: after[after.length - 1]! };
  }
  if (after.length === before.length - 1) {
    const index = before.findIndex((value, i) => after[i] !== value);
    const rest = [...before.slice(0, index), ...before.slice(index + 1)];
    if (rest.every((value, i) => after[i] === value)) {
      return { kind: 'remove-value', statement, path, index };
    }
  }
  if (after.length === before.length && after.every((value, i) => before[i] === value)) {
    return undefined;
  }
  return { kind: 'set', statement, path, value: after.length === 1 ? after[0] : [...after] };
}
