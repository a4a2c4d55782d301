import { useStudio } from '../../../store/store.ts';
import { accountAnalysis } from '../account/account-analysis.ts';
import { buttonClass } from '../simulator/classes.ts';
import { privilegedUsersOf } from './practices-runner.ts';

/**
 * Where the privileged users come from: the imported account's escalation analysis, which the
 * user can start from here; without an account, privileged-without-mfa cannot be checked.
 */
export function PrivilegedUsersNote() {
  const { hasAccount, job, privileged } = useStudio((s) => ({
    hasAccount: s.account !== undefined,
    job: s.accountJobs.escalations?.status,
    privileged: privilegedUsersOf(s)?.length,
  }));
  let text: string;
  if (!hasAccount)
    text =
      'Privileged users without MFA: open the account (its get-account-authorization-details output) to check this.';
  else if (privileged !== undefined)
    text = `Privileged users, from the account's escalation analysis: ${privileged}.`;
  else if (job === 'running') text = 'Finding the privileged users of the account…';
  else text = "Privileged users without MFA: the account's escalation analysis says who they are.";
  return (
    <div className="flex items-center gap-2 text-xs text-zinc-600 dark:text-zinc-400">
      <p aria-label="Privileged users">{text}</p>
      {hasAccount && privileged === undefined && job !== 'running' && (
        <button type="button" className={buttonClass} onClick={() => accountAnalysis.escalations()}>
          Find privileged users
        </button>
      )}
    </div>
  );
}
