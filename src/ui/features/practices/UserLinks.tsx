import { useStudio, useStudioStore } from '../../../store/store.ts';
import { buttonClass } from '../simulator/classes.ts';
import { accountHasIdentity, openInAccount, simulateAs } from './user-actions.ts';

/** Opens a finding's user or role in the account view (when the account has it), or simulates as it. */
export function UserLinks({ user, arn }: { user: string; arn: string }) {
  const inAccount = useStudio((s) => accountHasIdentity(s, arn));
  return (
    <div className="flex flex-wrap gap-1">
      {inAccount && (
        <button
          type="button"
          className={buttonClass}
          aria-label={`Open ${user} in the account`}
          onClick={() => openInAccount(useStudioStore, arn)}
        >
          In account
        </button>
      )}
      <button
        type="button"
        className={buttonClass}
        aria-label={`Simulate as ${user}`}
        onClick={() => simulateAs(useStudioStore, arn)}
      >
        Simulate as
      </button>
    </div>
  );
}
