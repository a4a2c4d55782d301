import { addTo, indexByExactArn } from './attached-index.ts';
import type { PreparedPolicy } from './prepare.ts';

/** Below this many policies a layer is cheaper to test whole than to look up. */
const INDEXED_FROM = 8;

const NONE: readonly PreparedPolicy[] = Object.freeze([]);

/**
 * The resource or trust policies that could apply to a request's resource, found without testing
 * every policy: an account of 2,000 roles has 2,000 trust policies, and each sts:AssumeRole names
 * one role. Policies whose `attachedTo` entries are exact ARNs are looked up by ARN; the others
 * (no `attachedTo`, or a pattern) are always candidates. Candidates keep the scenario's order and
 * must still be tested, as runLayer does.
 */
export class ResourceIndex {
  private readonly always: PreparedPolicy[] = [];
  private readonly byArn = new Map<string, PreparedPolicy[]>();

  constructor(private readonly policies: readonly PreparedPolicy[]) {
    if (policies.length < INDEXED_FROM) return;
    this.always = indexByExactArn(policies, (arn, policy) => addTo(this.byArn, arn, policy));
  }

  candidates(resource: string): readonly PreparedPolicy[] {
    if (this.policies.length < INDEXED_FROM) return this.policies;
    const named = this.byArn.get(resource);
    if (!named) return this.always.length > 0 ? this.always : NONE;
    return this.always.length > 0 ? inOrder(this.always, named) : named;
  }
}

/** Two lists each in scenario order, merged in scenario order. */
function inOrder(a: readonly PreparedPolicy[], b: readonly PreparedPolicy[]): PreparedPolicy[] {
  const merged: PreparedPolicy[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i]!.order < b[j]!.order)) merged.push(a[i++]!);
    else merged.push(b[j++]!);
  }
  return merged;
}
