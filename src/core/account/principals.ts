import { rootArn, type Account, type InlinePolicy } from './model.ts';

/** How a policy reaches a principal: attached, inline, through a group, or as its boundary or trust. */
export type PolicyVia = 'attached' | 'inline' | `group:${string}` | 'boundary' | 'trust';

export type ReachingPolicy = ({ arn: string } | { name: string }) & { via: PolicyVia };

export interface AccountPrincipal {
  arn: string;
  type: 'user' | 'role' | 'root';
  policies: ReachingPolicy[];
}

function own(attached: string[], inline: InlinePolicy[], via: PolicyVia): ReachingPolicy[] {
  const viaInline: PolicyVia = via === 'attached' ? 'inline' : via;
  return [
    ...attached.map((arn) => ({ arn, via })),
    ...inline.map(({ name }) => ({ name, via: viaInline })),
  ];
}

/**
 * The principals of the account and the policies that reach each ("Policy evaluation logic",
 * IAM User Guide): a user's own policies, each of its groups' and its boundary; a role's own
 * policies, its boundary and its trust policy. The root user is reached by no policy.
 */
export function accountPrincipals(account: Account): AccountPrincipal[] {
  const groups = new Map(account.groups.map((group) => [group.name, group]));
  const principals: AccountPrincipal[] = account.users.map((user) => ({
    arn: user.arn,
    type: 'user',
    policies: [
      ...own(user.attached, user.inline, 'attached'),
      ...user.groups.flatMap((name) => {
        const group = groups.get(name);
        return group ? own(group.attached, group.inline, `group:${name}`) : [];
      }),
      ...(user.boundary === undefined ? [] : [{ arn: user.boundary, via: 'boundary' as const }]),
    ],
  }));
  for (const role of account.roles) {
    principals.push({
      arn: role.arn,
      type: 'role',
      policies: [
        ...own(role.attached, role.inline, 'attached'),
        ...(role.boundary === undefined ? [] : [{ arn: role.boundary, via: 'boundary' as const }]),
        { name: 'AssumeRolePolicyDocument', via: 'trust' },
      ],
    });
  }
  const root = rootArn(account);
  if (root !== undefined) principals.push({ arn: root, type: 'root', policies: [] });
  return principals;
}
