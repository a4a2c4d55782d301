import { rootArn, type Account } from '../../../core/index.ts';

export type IdentityKind = 'user' | 'group' | 'role' | 'root';

export interface IdentityEntry {
  kind: IdentityKind;
  name: string;
  arn: string;
}

/** The account's users, groups, roles and root user, in that order. */
export function identityEntries(account: Account): IdentityEntry[] {
  const root = rootArn(account);
  return [
    ...account.users.map(({ name, arn }) => ({ kind: 'user' as const, name, arn })),
    ...account.groups.map(({ name, arn }) => ({ kind: 'group' as const, name, arn })),
    ...account.roles.map(({ name, arn }) => ({ kind: 'role' as const, name, arn })),
    ...(root === undefined ? [] : [{ kind: 'root' as const, name: 'Root user', arn: root }]),
  ];
}

/** The entries whose name or ARN holds every word of `query`, ignoring case. */
export function searchIdentities(entries: IdentityEntry[], query: string): IdentityEntry[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return entries;
  return entries.filter((entry) => {
    const text = `${entry.name} ${entry.arn}`.toLowerCase();
    return words.every((word) => text.includes(word));
  });
}
