import { useEffect, useMemo } from 'react';
import type { Account } from '../../../core/index.ts';
import { useStudio } from '../../../store/store.ts';
import { identityEntries } from '../identities/identity-list.ts';
import { accountAnalysis } from './account-analysis.ts';
import { AccountJobStatus } from './AccountJobStatus.tsx';
import { WhatCanView } from './WhatCanView.tsx';

const hintClass = 'text-xs text-zinc-600 dark:text-zinc-400';

/**
 * What the identity selected in the Identities panel can do: asked of the worker when a user or
 * role is selected, and again when the policies have changed since.
 */
export function AccountAnalysisWhatCan({
  account,
  onOpenStatement,
}: {
  account: Account;
  onOpenStatement(policyId: string, statementIndex: number): void;
}) {
  const { selected, job, policies } = useStudio((s) => ({
    selected: s.selectedIdentity,
    job: s.accountJobs.whatCan,
    policies: s.policies,
  }));
  const entry = useMemo(
    () => identityEntries(account).find((candidate) => candidate.arn === selected),
    [account, selected],
  );
  const principal = entry?.kind === 'user' || entry?.kind === 'role' ? entry.arn : undefined;
  const current = job?.query.principal === principal && job?.policies === policies;
  useEffect(() => {
    if (principal !== undefined && !current) accountAnalysis.whatCan(principal);
  }, [principal, current]);

  if (!entry) {
    return <p className={hintClass}>Select a user or a role in the Identities panel.</p>;
  }
  if (!principal) {
    return (
      <p className={hintClass}>
        {entry.kind === 'group'
          ? `${entry.name} is a group: a group is not a principal, its members are. Select a user or a role.`
          : 'The root user can do everything in the account. Select a user or a role.'}
      </p>
    );
  }
  if (!job || !current) return null;
  return (
    <div className="flex flex-col gap-2">
      <h3 className="text-sm font-medium text-zinc-900 dark:text-zinc-100">
        What {entry.name} can do
      </h3>
      <AccountJobStatus
        job={job}
        working={`Working out what ${entry.name} can do…`}
        onCancel={() => accountAnalysis.cancel('whatCan')}
        onRetry={() => accountAnalysis.whatCan(principal)}
      />
      {job.status === 'done' && (
        <WhatCanView answer={job.output} onOpenStatement={onOpenStatement} />
      )}
    </div>
  );
}
