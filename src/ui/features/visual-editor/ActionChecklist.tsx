import { type ActionInfo } from '../../../core/index.ts';
import { actionState, groupState, type ActionGroup } from './action-picker-model.ts';
import { TriStateCheckbox } from './TriStateCheckbox.tsx';

interface ActionChecklistProps {
  groups: readonly ActionGroup[];
  entries: readonly string[];
  onToggle: (actions: readonly ActionInfo[], on: boolean) => void;
}

function ActionCheckbox({
  action,
  entries,
  onToggle,
}: {
  action: ActionInfo;
  entries: readonly string[];
  onToggle: ActionChecklistProps['onToggle'];
}) {
  const state = actionState(entries, action);
  const full = `${action.service}:${action.name}`;
  const note = state.kind === 'covered' ? ` (included by ${state.by})` : '';
  return (
    <li>
      <TriStateCheckbox
        state={state.kind === 'absent' ? 'none' : 'all'}
        label={full}
        title={`${full}: ${action.description}${action.deprecated ? ' (deprecated)' : ''}${note}`}
        disabled={state.kind === 'covered'}
        onChange={(on) => onToggle([action], on)}
      >
        <span
          className={`truncate font-mono text-xs ${
            action.deprecated
              ? 'text-zinc-500 line-through dark:text-zinc-400'
              : 'text-zinc-800 dark:text-zinc-200'
          }`}
        >
          {action.name}
        </span>
      </TriStateCheckbox>
    </li>
  );
}

/** The service's actions by access level, each level with an "All Read" style toggle. */
export function ActionChecklist({ groups, entries, onToggle }: ActionChecklistProps) {
  if (groups.length === 0) {
    return <p className="text-xs text-zinc-500 dark:text-zinc-400">No action matches.</p>;
  }
  return (
    <div className="flex max-h-80 flex-col gap-2 overflow-y-auto pr-1">
      {groups.map((group) => {
        const state = groupState(entries, group.actions);
        const chosen = group.actions.filter((a) => actionState(entries, a).kind !== 'absent');
        return (
          <fieldset
            key={group.level}
            aria-label={`${group.level} actions`}
            className="rounded border border-zinc-200 px-2 pt-1 pb-2 dark:border-zinc-800"
          >
            <legend className="px-1">
              <TriStateCheckbox
                state={state}
                label={`All ${group.level}`}
                onChange={(on) => onToggle(group.actions, on)}
              >
                <span className="text-xs font-semibold text-zinc-700 dark:text-zinc-200">
                  All {group.level}
                </span>
                <span className="text-[11px] text-zinc-500 tabular-nums dark:text-zinc-400">
                  {chosen.length} of {group.actions.length}
                </span>
              </TriStateCheckbox>
            </legend>
            <ul className="grid grid-cols-1 gap-x-3 gap-y-0.5 @md:grid-cols-2">
              {group.actions.map((action) => (
                <ActionCheckbox
                  key={action.name}
                  action={action}
                  entries={entries}
                  onToggle={onToggle}
                />
              ))}
            </ul>
          </fieldset>
        );
      })}
    </div>
  );
}
