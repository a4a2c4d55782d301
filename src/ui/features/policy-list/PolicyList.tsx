import { useDeferredValue } from 'react';
import { selectSelectedPolicy, useStudio, useStudioActions } from '../../../store/store.ts';
import { PaneHeader } from '../../components/PaneHeader.tsx';
import { AddPolicyMenu } from './AddPolicyMenu.tsx';
import { PolicyListItem } from './PolicyListItem.tsx';
import { PolicySettings } from './PolicySettings.tsx';
import { UndoDelete } from './UndoDelete.tsx';

/** The scenario's policies: status, name and type of each, and the selected one's settings. */
export function PolicyList() {
  const { policies, selectedPolicyId, selected, readOnly } = useStudio((s) => ({
    policies: s.policies,
    selectedPolicyId: s.selectedPolicyId,
    selected: selectSelectedPolicy(s),
    readOnly: s.readOnly,
  }));
  const { selectPolicy } = useStudioActions();
  // Status dots need a parse; they follow typing in a deferred render, like the form.
  const shown = useDeferredValue(policies);

  return (
    <section aria-label="Policies" className="flex h-full flex-col bg-zinc-50 dark:bg-zinc-950">
      <PaneHeader title="Policies">
        <span className="flex items-center gap-1.5">
          <span className="rounded bg-zinc-200/70 px-1.5 text-[11px] font-medium text-zinc-600 tabular-nums dark:bg-zinc-800 dark:text-zinc-400">
            {policies.length}
          </span>
          {!readOnly && <AddPolicyMenu />}
        </span>
      </PaneHeader>
      <ul aria-label="Policy list" className="min-h-0 flex-1 overflow-y-auto p-1.5">
        {shown.map((policy) => (
          <PolicyListItem
            key={policy.id}
            policy={policy}
            selected={policy.id === selectedPolicyId}
            onSelect={selectPolicy}
          />
        ))}
        {policies.length === 0 && (
          <li className="px-2 py-4 text-center text-xs text-zinc-500 dark:text-zinc-400">
            No policies yet: add one with “+ Add policy”.
          </li>
        )}
      </ul>
      <UndoDelete />
      {selected && (
        <fieldset disabled={readOnly} className="contents">
          <PolicySettings key={selected.id} policy={selected} />
        </fieldset>
      )}
    </section>
  );
}
