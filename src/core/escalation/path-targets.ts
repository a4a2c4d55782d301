import type { EscalationRole, EscalationUser, EscalationAccount } from './account-view.ts';
import type { CataloguePath, StepResource } from './catalogue-model.ts';

/** The principal whose escalations are sought: a user, or a role acting as itself. */
export type Principal<Power> =
  { kind: 'user'; user: EscalationUser<Power> } | { kind: 'role'; role: EscalationRole<Power> };

/** What one run of a path is aimed at: another identity, a group or a policy. */
export interface Target<Power> {
  arn: string;
  power?: Power;
  /** Customer or AWS managed policies attached to a target role. */
  policies: readonly string[];
  /** Service principals a target role trusts. */
  trustedServices: readonly string[];
}

export type TargetKind = 'user' | 'role' | 'own-group' | 'any-group' | 'own-policy';

const TARGET_KINDS: Partial<Record<StepResource, TargetKind>> = {
  'other-user': 'user',
  'target-role': 'role',
  'target-role-policy': 'role',
  'passed-role': 'role',
  'own-group': 'own-group',
  'any-group': 'any-group',
  'own-policy': 'own-policy',
};

/** The kinds of target a path's permissions name (at most one for a path the matcher runs). */
export function targetKinds(path: CataloguePath): TargetKind[] {
  const kinds = new Set<TargetKind>();
  for (const permission of path.permissions) {
    const kind = TARGET_KINDS[permission.resource];
    if (kind) kinds.add(kind);
  }
  return [...kinds];
}

export function principalArn<Power>(principal: Principal<Power>): string {
  return principal.kind === 'user' ? principal.user.arn : principal.role.arn;
}

function named<Power>(
  arn: string,
  power: Power | undefined,
  policies: readonly string[] = [],
  trustedServices: readonly string[] = [],
): Target<Power> {
  return power === undefined
    ? { arn, policies, trustedServices }
    : { arn, power, policies, trustedServices };
}

function ownPolicies<Power>(
  principal: Principal<Power>,
  account: EscalationAccount<Power>,
): string[] {
  if (principal.kind === 'role') return [...principal.role.managedPolicies];
  const { user } = principal;
  const throughGroups = account.groups
    .filter((group) => user.groups.includes(group.arn))
    .flatMap((group) => group.managedPolicies);
  return [...new Set([...user.managedPolicies, ...throughGroups])];
}

/** The targets of `kind` for `principal`: never the principal itself. */
export function targetsOf<Power>(
  kind: TargetKind,
  principal: Principal<Power>,
  account: EscalationAccount<Power>,
): Target<Power>[] {
  const self = principalArn(principal);
  const memberOf = principal.kind === 'user' ? principal.user.groups : undefined;
  switch (kind) {
    case 'user':
      return account.users
        .filter((user) => user.arn !== self)
        .map((user) => named(user.arn, user.power, user.managedPolicies));
    case 'role':
      return account.roles
        .filter((role) => role.arn !== self)
        .map((role) => named(role.arn, role.power, role.managedPolicies, role.trustedServices));
    case 'own-group':
    case 'any-group': {
      if (!memberOf) return [];
      const wanted = kind === 'own-group';
      return account.groups
        .filter((group) => memberOf.includes(group.arn) === wanted)
        .map((group) => named(group.arn, group.power, group.managedPolicies));
    }
    case 'own-policy':
      return ownPolicies(principal, account).map((arn) => named<Power>(arn, undefined));
  }
}
