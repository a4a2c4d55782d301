import { useState } from 'react';
import type { Scenario } from '../../../core/index.ts';
import type { WorkspaceSession } from '../../../persistence/workspace-session.ts';
import { buttonClass } from './classes.ts';
import { useSessionState } from './useSession.ts';

interface WorkspaceMenuProps {
  session: WorkspaceSession;
  /** What a new workspace starts with. */
  blankScenario: () => Scenario;
}

/** The open workspace's name (click to rename) and a menu to switch, create and delete. */
export function WorkspaceMenu({ session, blankScenario }: WorkspaceMenuProps) {
  const state = useSessionState(session);
  const [open, setOpen] = useState(false);
  const [renaming, setRenaming] = useState(false);
  const others = state.workspaces.filter((entry) => entry.id !== state.id);
  return (
    <div className="relative flex items-center gap-1">
      {renaming ? (
        <input
          aria-label="Workspace name"
          defaultValue={state.name}
          autoFocus
          maxLength={80}
          className="w-44 rounded border border-zinc-300 bg-white px-1.5 py-0.5 text-xs dark:border-zinc-700 dark:bg-zinc-900"
          onBlur={(event) => {
            session.rename(event.target.value);
            setRenaming(false);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter') event.currentTarget.blur();
            if (event.key === 'Escape') setRenaming(false);
          }}
        />
      ) : (
        <button
          type="button"
          title="Rename this workspace"
          className="max-w-52 truncate rounded px-1.5 py-0.5 text-xs font-medium hover:bg-zinc-100 dark:hover:bg-zinc-800"
          disabled={state.readOnly}
          onClick={() => setRenaming(true)}
        >
          {state.name}
        </button>
      )}
      <button
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        className={buttonClass}
        onClick={() => setOpen(!open)}
      >
        Workspaces
      </button>
      {open && (
        <div
          role="menu"
          className="absolute top-full left-0 z-40 mt-1 w-72 rounded border border-zinc-200 bg-white p-1 text-xs shadow-lg dark:border-zinc-700 dark:bg-zinc-900"
        >
          <button
            type="button"
            role="menuitem"
            className="w-full rounded px-2 py-1 text-left hover:bg-zinc-100 dark:hover:bg-zinc-800"
            onClick={() => {
              session.createWorkspace(blankScenario());
              setOpen(false);
            }}
          >
            New workspace
          </button>
          {others.length > 0 && (
            <div role="separator" className="my-1 border-t border-zinc-200 dark:border-zinc-700" />
          )}
          {others.map((entry) => (
            <div key={entry.id} className="flex items-center gap-1">
              <button
                type="button"
                role="menuitem"
                className="min-w-0 flex-1 truncate rounded px-2 py-1 text-left hover:bg-zinc-100 dark:hover:bg-zinc-800"
                onClick={() => {
                  session.switchTo(entry.id);
                  setOpen(false);
                }}
              >
                {entry.name}
              </button>
              <button
                type="button"
                role="menuitem"
                aria-label={`Delete workspace ${entry.name}`}
                className="rounded px-1.5 text-zinc-500 hover:bg-zinc-100 hover:text-red-600 dark:hover:bg-zinc-800"
                onClick={() => {
                  if (
                    window.confirm(`Delete the workspace “${entry.name}”? This cannot be undone.`)
                  )
                    session.remove(entry.id);
                }}
              >
                ×
              </button>
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
