import type { Account } from '../../../core/index.ts';
import { useStudio, useStudioActions } from '../../../store/store.ts';
import { primaryButtonClass } from '../workspace-io/classes.ts';
import { accountAnalysis } from './account-analysis.ts';
import { AccountJobStatus } from './AccountJobStatus.tsx';
import { EscalationsView } from './EscalationsView.tsx';

/** The button that runs the analysis (again), and what it looks for or that it is out of date. */
function RunEscalations() {
  const { ran, running, outdated } = useStudio((s) => {
    const job = s.accountJobs.escalations;
    return {
      ran: job !== undefined,
      running: job?.status === 'running',
      outdated: job?.status === 'done' && job.policies !== s.policies,
    };
  });
  return (
    <div className="flex flex-wrap items-center gap-2">
      <button
        type="button"
        className={primaryButtonClass}
        disabled={running}
        onClick={() => accountAnalysis.escalations()}
      >
        {ran ? 'Analyse again' : 'Find escalation paths'}
      </button>
      <p className="text-xs text-zinc-600 dark:text-zinc-400">
        {outdated
          ? 'The policies have changed since this analysis.'
          : 'Which users and roles can gain more than they have, along the known paths.'}
      </p>
    </div>
  );
}

/** The escalation paths of the whole account: run on demand, with progress and Cancel. */
export function AccountAnalysisEscalations({
  account,
  onOpenStatement,
}: {
  account: Account;
  onOpenStatement(policyId: string, statementIndex: number): void;
}) {
  const { job, selected } = useStudio((s) => ({
    job: s.accountJobs.escalations,
    selected: s.selectedIdentity,
  }));
  const actions = useStudioActions();
  return (
    <div className="flex flex-col gap-2">
      <RunEscalations />
      {job && (
        <AccountJobStatus
          job={job}
          working="Looking for escalation paths…"
          counted
          onCancel={() => accountAnalysis.cancel('escalations')}
        />
      )}
      {job?.status === 'done' && (
        <EscalationsView
          report={job.output}
          account={account}
          {...(selected === null ? {} : { selectedPrincipal: selected })}
          onSelectPrincipal={actions.selectIdentity}
          onOpenStatement={onOpenStatement}
        />
      )}
    </div>
  );
}
