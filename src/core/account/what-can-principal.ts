import { distance } from 'fastest-levenshtein';
import { rootArn, type Account } from './model.ts';

const NEAR_NAMES = 3;

/** The users' and roles' ARNs nearest to `arn` (ignoring case), nearest first. */
function nearestPrincipals(account: Account, arn: string): string[] {
  const lower = arn.toLowerCase();
  return [...account.users, ...account.roles]
    .map((identity) => ({ arn: identity.arn, edits: distance(lower, identity.arn.toLowerCase()) }))
    .sort((a, b) => a.edits - b.edits)
    .slice(0, NEAR_NAMES)
    .map((near) => near.arn);
}

/**
 * Why `arn` is not a principal what-can can answer for (a user or a role of the account), naming
 * the nearest ones; undefined when it is one. "An IAM group is not an identity", so a group is not
 * a principal (IAM User Guide, "IAM user groups").
 */
export function unknownPrincipal(account: Account, arn: string): string | undefined {
  if (account.users.some((user) => user.arn === arn)) return undefined;
  if (account.roles.some((role) => role.arn === arn)) return undefined;
  const group = account.groups.find((candidate) => candidate.arn === arn);
  if (group) return `"${arn}" is a group: a group is not a principal, ask about one of its users`;
  if (arn === rootArn(account))
    return `"${arn}" is the root user: it can do everything in the account that SCPs do not deny, ask about a user or role`;
  const near = nearestPrincipals(account, arn);
  if (near.length === 0) return `"${arn}" is not a user or role of the account: it has none`;
  return `"${arn}" is not a user or role of the account; the nearest are ${near.join(', ')}`;
}
