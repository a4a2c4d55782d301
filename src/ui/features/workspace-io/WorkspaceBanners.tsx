import type { WorkspaceSession } from '../../../persistence/workspace-session.ts';
import { buttonClass, primaryButtonClass } from './classes.ts';
import { useSessionState } from './useSession.ts';

const bannerClass = 'flex flex-wrap items-center gap-2 border-b px-3 py-1.5 text-xs';
const tones = {
  info: 'border-sky-200 bg-sky-50 text-sky-900 dark:border-sky-900 dark:bg-sky-950 dark:text-sky-100',
  warn: 'border-amber-200 bg-amber-50 text-amber-900 dark:border-amber-900 dark:bg-amber-950 dark:text-amber-100',
  error:
    'border-red-200 bg-red-50 text-red-900 dark:border-red-900 dark:bg-red-950 dark:text-red-100',
};

/** Read-only mode, share-link notices, and save problems that need the user. */
export function WorkspaceBanners({ session }: { session: WorkspaceSession }) {
  const state = useSessionState(session);
  return (
    <>
      {state.readOnly && (
        <div role="status" className={`${bannerClass} ${tones.info}`}>
          <span className="flex-1">
            You are viewing a shared scenario. Nothing you see is saved.
          </span>
          <button type="button" className={primaryButtonClass} onClick={() => session.editCopy()}>
            Edit a copy
          </button>
        </div>
      )}
      {state.notice && !state.readOnly && (
        <div
          role={state.notice.kind === 'error' ? 'alert' : 'status'}
          className={`${bannerClass} ${tones[state.notice.kind === 'error' ? 'error' : 'info']}`}
        >
          <span className="flex-1">{state.notice.message}</span>
          <button type="button" className={buttonClass} onClick={() => session.dismissNotice()}>
            Dismiss
          </button>
        </div>
      )}
      {state.problem?.kind === 'conflict' && (
        <div role="alert" className={`${bannerClass} ${tones.warn}`}>
          <span className="flex-1">
            “{state.name}” was changed in another tab. Saving here is paused so that neither version
            is lost.
          </span>
          <button
            type="button"
            className={buttonClass}
            onClick={() => session.resolveConflict('theirs')}
          >
            Load the other tab’s version
          </button>
          <button
            type="button"
            className={primaryButtonClass}
            onClick={() => session.resolveConflict('mine')}
          >
            Keep this version
          </button>
        </div>
      )}
      {state.problem?.kind === 'full' && (
        <div role="alert" className={`${bannerClass} ${tones.error}`}>
          {state.problem.message}
        </div>
      )}
    </>
  );
}
