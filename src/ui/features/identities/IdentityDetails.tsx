import { useMemo } from 'react';
import {
  reachingPolicyId,
  accountPrincipals,
  type Account,
  type PolicyVia,
  type ReachingPolicy,
} from '../../../core/index.ts';
import { useStudio, useStudioActions } from '../../../store/store.ts';
import { accountPolicyIds } from './account-scenario.ts';
import type { IdentityEntry } from './identity-list.ts';
import { TrustedPrincipals } from './TrustedPrincipals.tsx';

/** How the policy reaches the identity; nothing for a trust policy, whose name says it. */
function viaLabel(via: PolicyVia): string | undefined {
  if (via.startsWith('group:')) return `through group ${via.slice('group:'.length)}`;
  if (via === 'boundary') return 'permissions boundary';
  return via === 'trust' ? undefined : via;
}

/** A role's trust policy is named as the console names it, not by GAAD's AssumeRolePolicyDocument. */
function policyName(policy: ReachingPolicy): string {
  if (policy.via === 'trust') return 'Trust policy';
  return 'arn' in policy ? policy.arn.slice(policy.arn.lastIndexOf('/') + 1) : policy.name;
}

function Heading({ children }: { children: string }) {
  return (
    <h4 className="mt-2 text-[11px] font-semibold tracking-wider text-zinc-600 uppercase dark:text-zinc-400">
      {children}
    </h4>
  );
}

/** The policies reaching an identity, each a button that opens it in the editor. */
function ReachingPolicies({
  account,
  entry,
  policies,
}: {
  account: Account;
  entry: IdentityEntry;
  policies: ReachingPolicy[];
}) {
  const workspacePolicies = useStudio((s) => s.policies);
  const ids = useMemo(() => accountPolicyIds(workspacePolicies), [workspacePolicies]);
  const { selectPolicy } = useStudioActions();
  if (policies.length === 0) return <p className="text-zinc-600 dark:text-zinc-400">None.</p>;
  return (
    <ul aria-label={`Policies reaching ${entry.name}`} className="space-y-0.5">
      {policies.map((policy, index) => {
        const key = reachingPolicyId(account, entry.arn, policy);
        const id = key === undefined ? undefined : ids.get(key);
        const name = policyName(policy);
        const via = viaLabel(policy.via);
        return (
          <li key={index} className="flex flex-wrap items-baseline gap-x-2">
            {id !== undefined ? (
              <button
                type="button"
                onClick={() => selectPolicy(id)}
                className="font-mono break-all text-indigo-700 underline hover:text-indigo-900 dark:text-indigo-300 dark:hover:text-indigo-100"
              >
                {name}
              </button>
            ) : (
              <span className="font-mono break-all" title="Not among the workspace's policies">
                {name}
              </span>
            )}
            {via !== undefined && <span className="text-zinc-600 dark:text-zinc-400"> {via}</span>}
          </li>
        );
      })}
    </ul>
  );
}

/** What the panel shows of the selected identity. */
export function IdentityDetails({ account, entry }: { account: Account; entry: IdentityEntry }) {
  const principal = useMemo(
    () => accountPrincipals(account).find((candidate) => candidate.arn === entry.arn),
    [account, entry.arn],
  );
  const user = entry.kind === 'user' ? account.users.find((u) => u.arn === entry.arn) : undefined;
  const group =
    entry.kind === 'group' ? account.groups.find((g) => g.arn === entry.arn) : undefined;
  const role = entry.kind === 'role' ? account.roles.find((r) => r.arn === entry.arn) : undefined;
  const groupPolicies: ReachingPolicy[] = group
    ? [
        ...group.attached.map((arn) => ({ arn, via: 'attached' as const })),
        ...group.inline.map(({ name }) => ({ name, via: 'inline' as const })),
      ]
    : [];
  const members = group ? account.users.filter((u) => u.groups.includes(group.name)) : [];
  return (
    <section
      aria-label={`Details of ${entry.name}`}
      className="border-t border-zinc-200 p-3 text-xs text-zinc-800 dark:border-zinc-800 dark:text-zinc-200"
    >
      <h3 className="font-semibold break-all">{entry.name}</h3>
      <p className="font-mono break-all text-zinc-600 dark:text-zinc-400">{entry.arn}</p>
      {user && (
        <>
          <Heading>Groups</Heading>
          <p>{user.groups.length > 0 ? user.groups.join(', ') : 'None.'}</p>
        </>
      )}
      {group && (
        <>
          <Heading>Members</Heading>
          <p>{members.length > 0 ? members.map((member) => member.name).join(', ') : 'None.'}</p>
        </>
      )}
      {role && (
        <>
          <Heading>Who can assume it</Heading>
          <TrustedPrincipals trust={role.trust} />
        </>
      )}
      {entry.kind === 'root' ? (
        <p className="mt-2">
          No IAM policy reaches the root user: it can do everything in the account that SCPs and
          RCPs do not deny.
        </p>
      ) : (
        <>
          <Heading>Policies</Heading>
          <ReachingPolicies
            account={account}
            entry={entry}
            policies={group ? groupPolicies : (principal?.policies ?? [])}
          />
        </>
      )}
    </section>
  );
}
