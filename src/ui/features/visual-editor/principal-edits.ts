import { type PolicyEdit, type PrincipalElement, type PrincipalKind } from '../../../core/index.ts';

export const PRINCIPAL_KINDS: readonly PrincipalKind[] = [
  'AWS',
  'Service',
  'Federated',
  'CanonicalUser',
];

export type PrincipalName = 'Principal' | 'NotPrincipal';

/**
 * `"Principal": "*"` and `{"AWS": "*"}` read the same in the model, so a lone `*` is edited by
 * setting the whole element: a path into `AWS` would not exist in the string form.
 */
export function isEveryone(element: PrincipalElement | undefined): boolean {
  const [only, ...others] = element?.entries ?? [];
  return others.length === 0 && only?.kind === 'AWS' && only.value === '*';
}

function countOfKind(element: PrincipalElement, kind: PrincipalKind): number {
  return element.entries.filter((entry) => entry.kind === kind).length;
}

export function addPrincipal(
  statement: number,
  element: PrincipalElement | undefined,
  name: PrincipalName,
  kind: PrincipalKind,
  value: string,
): PolicyEdit {
  if (element && isEveryone(element)) {
    const merged = kind === 'AWS' ? { AWS: ['*', value] } : { AWS: '*', [kind]: value };
    return { kind: 'set', statement, path: [name], value: merged };
  }
  return { kind: 'add-value', statement, path: [name, kind], value };
}

/** `index` in the edits below counts entries of the same kind: the index in that kind's list. */
export function replacePrincipal(
  statement: number,
  element: PrincipalElement,
  name: PrincipalName,
  kind: PrincipalKind,
  index: number,
  value: string,
): PolicyEdit {
  if (isEveryone(element)) return { kind: 'set', statement, path: [name], value: { AWS: value } };
  return { kind: 'replace-value', statement, path: [name, kind], index, value };
}

/** Removes one entry; the last entry of a kind removes the kind, the last of all the element. */
export function removePrincipal(
  statement: number,
  element: PrincipalElement,
  name: PrincipalName,
  kind: PrincipalKind,
  index: number,
): PolicyEdit {
  if (element.entries.length <= 1)
    return { kind: 'set', statement, path: [name], value: undefined };
  if (countOfKind(element, kind) <= 1) {
    return { kind: 'set', statement, path: [name, kind], value: undefined };
  }
  return { kind: 'remove-value', statement, path: [name, kind], index };
}
