import { useStudio, useStudioActions } from '../../../store/store.ts';
import { CloseButton } from '../../components/CloseButton.tsx';
import { useDeletedNotice } from './use-deleted-notice.ts';

/**
 * After a deletion: which policy went, and the way to bring it back, for about ten seconds or
 * until the next action.
 */
export function UndoDelete() {
  const deleted = useStudio((s) => s.deletedPolicy?.policy);
  const { undoDeletePolicy, dismissDeletedPolicy } = useStudioActions();
  const { hold, release } = useDeletedNotice(deleted, dismissDeletedPolicy);
  if (!deleted) return null;
  return (
    <div
      role="status"
      aria-label="Deleted policy"
      onPointerEnter={hold}
      onPointerLeave={release}
      onFocus={hold}
      onBlur={release}
      className="m-1.5 flex items-center gap-2 rounded-md border border-zinc-200 bg-white px-2 py-1.5 text-xs shadow-sm dark:border-zinc-700 dark:bg-zinc-900"
    >
      <span className="min-w-0 flex-1 truncate">Deleted “{deleted.name ?? deleted.id}”</span>
      <button
        type="button"
        onClick={undoDeletePolicy}
        className="rounded px-1.5 py-0.5 font-medium text-indigo-700 hover:bg-indigo-50 dark:text-indigo-300 dark:hover:bg-indigo-500/15"
      >
        Undo
      </button>
      <CloseButton
        aria-label="Dismiss"
        onClick={dismissDeletedPolicy}
        className="rounded px-1 text-zinc-400 hover:text-zinc-700 dark:hover:text-zinc-200"
      />
    </div>
  );
}
