import { type PolicyType, type ScenarioPolicy } from '../core/index.ts';

/** What a new policy holds: the grammar's skeleton, for the form's "Add statement" to fill. */
export const EMPTY_POLICY_DOCUMENT = '{\n  "Version": "2012-10-17",\n  "Statement": []\n}';

const TYPE_LABELS: Record<PolicyType, string> = {
  identity: 'Identity',
  resource: 'Resource',
  trust: 'Trust',
  'permissions-boundary': 'Permissions boundary',
  session: 'Session',
  scp: 'SCP',
  rcp: 'RCP',
  'vpc-endpoint': 'VPC endpoint',
};

export function policyTypeLabel(type: PolicyType): string {
  return TYPE_LABELS[type];
}

/** SCPs and RCPs sit at a level of the organization; other types do not. */
export function policyTypeHasLevel(type: PolicyType): boolean {
  return type === 'scp' || type === 'rcp';
}

/** Every type but SCPs and RCPs is attached to principals or resources (scenario format). */
export function policyTypeHasAttachment(type: PolicyType): boolean {
  return !policyTypeHasLevel(type);
}

const MAX_ID_LENGTH = 64;

/**
 * `base`, or `base-2`, `base-3` ... whichever no policy uses yet; ids follow the scenario
 * format's [A-Za-z0-9._-]{1,64}.
 */
export function uniquePolicyId(base: string, taken: ReadonlySet<string>): string {
  const clean = base.replace(/[^A-Za-z0-9._-]/g, '-').slice(0, MAX_ID_LENGTH) || 'policy';
  if (!taken.has(clean)) return clean;
  for (let n = 2; ; n += 1) {
    const suffix = `-${n}`;
    const id = clean.slice(0, MAX_ID_LENGTH - suffix.length) + suffix;
    if (!taken.has(id)) return id;
  }
}

export function newPolicy(
  type: PolicyType,
  taken: ReadonlySet<string>,
  document = EMPTY_POLICY_DOCUMENT,
): ScenarioPolicy {
  const id = uniquePolicyId(type, taken);
  const number = id === type ? '' : ` ${id.slice(type.length + 1)}`;
  const policy: ScenarioPolicy = {
    id,
    name: `${policyTypeLabel(type)} policy${number}`,
    type,
    document,
  };
  return policyTypeHasLevel(type) ? { ...policy, level: 0 } : policy;
}

/** A copy is a policy of its own: it does not stand for the account policy the original does. */
export function duplicateOf(policy: ScenarioPolicy, taken: ReadonlySet<string>): ScenarioPolicy {
  const copy: ScenarioPolicy = {
    ...policy,
    id: uniquePolicyId(`${policy.id}-copy`, taken),
    name: `${policy.name ?? policy.id} (copy)`,
    ...(policy.attachedTo && { attachedTo: [...policy.attachedTo] }),
  };
  delete copy.accountPolicy;
  return copy;
}

/** The list with the item at `from` moved to `to`; out-of-range moves change nothing. */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const copy = [...items];
  if (from < 0 || from >= copy.length || to < 0 || to >= copy.length || from === to) return copy;
  const [item] = copy.splice(from, 1);
  copy.splice(to, 0, item as T);
  return copy;
}
