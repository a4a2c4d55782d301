import type { RequestPrincipal } from '../principal/request-principal.ts';
import { pathlessRoleArn } from './applicability.ts';

/** A policy's `attachedTo` as written: undefined applies to every principal it can. */
interface Attachable {
  source: { attachedTo?: string[] };
}

/** Characters that make an `attachedTo` entry a pattern rather than one exact ARN. */
const PATTERN = /[*?$]/;

/**
 * The policies that could apply to a principal, found without testing every policy: those whose
 * `attachedTo` entries are exact ARNs are looked up by ARN (and, for a role, by its ARN without a
 * path, which a session of unknown path matches); the rest are always candidates. Every candidate
 * must still be tested: an entry's ARN being present says only that it may match.
 */
export class AttachedIndex<P extends Attachable> {
  private readonly always: P[];
  private readonly byArn = new Map<string, P[]>();
  private readonly byPathlessRole = new Map<string, P[]>();

  constructor(policies: Iterable<P>) {
    this.always = indexByExactArn(policies, (arn, policy) => {
      addTo(this.byArn, arn, policy);
      const pathless = pathlessRoleArn(arn);
      if (pathless !== undefined) addTo(this.byPathlessRole, pathless, policy);
    });
  }

  /** Each policy that may apply to `principal`, once, in no particular order. */
  candidates(principal: RequestPrincipal): Set<P> {
    const found = new Set(this.always);
    const addAll = (list: P[] | undefined) => list?.forEach((policy) => found.add(policy));
    if (principal.sessionArn !== undefined) addAll(this.byArn.get(principal.sessionArn));
    if (principal.arn !== undefined) {
      addAll(this.byArn.get(principal.arn));
      addAll(this.byPathlessRole.get(principal.arn));
    }
    return found;
  }
}

/**
 * Calls `onArn` for each distinct ARN of each policy whose `attachedTo` entries are all exact ARNs,
 * in the policies' order; returns the others (no `attachedTo`, or a pattern), which may apply to
 * anything and must always be tested.
 */
export function indexByExactArn<P extends Attachable>(
  policies: Iterable<P>,
  onArn: (arn: string, policy: P) => void,
): P[] {
  const always: P[] = [];
  for (const policy of policies) {
    const attachedTo = policy.source.attachedTo;
    if (attachedTo === undefined || attachedTo.some((entry) => PATTERN.test(entry))) {
      always.push(policy);
      continue;
    }
    for (const arn of new Set(attachedTo)) onArn(arn, policy);
  }
  return always;
}

export function addTo<P>(map: Map<string, P[]>, key: string, policy: P): void {
  const list = map.get(key);
  if (list) list.push(policy);
  else map.set(key, [policy]);
}
