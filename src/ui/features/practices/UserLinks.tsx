import { useStudio, useStudioStore } from '../../../store/store.ts';
import { buttonClass } from '../simulator/classes.ts';
import { accountHasUser, openInAccount, simulateAs } from './user-actions.ts';

/** A finding's user: open it in the account view (when the account has it), or simulate as it. */
export function UserLinks({ user, arn }: { user: string; arn: string }) {
  const inAccount = useStudio((s) => accountHasUser(s, arn));
  return (
    <div className="flex flex-col items-start gap-1">
      <span className="font-mono break-all" title={arn}>
        {user}
      </span>
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
    </div>
  );
}
