import { useCallback } from 'react';
import { SCENARIO_FORMAT, type Scenario } from '../core/index.ts';
import { newPolicy } from '../store/policy-ops.ts';
import { scenarioOf } from '../store/scenario-binding.ts';
import { selectSelectedPolicy, useStudio, useStudioStore } from '../store/store.ts';
import { WorkspaceMenu } from '../ui/features/workspace-io/WorkspaceMenu.tsx';
import { WorkspaceToolbar, type NewPolicy } from '../ui/features/workspace-io/WorkspaceToolbar.tsx';
import type { WorkspaceSession } from '../persistence/workspace-session.ts';

/** A new workspace starts with one empty identity policy, ready for the form's "Add statement". */
function blankScenario(): Scenario {
  return { format: SCENARIO_FORMAT, policies: [newPolicy('identity', new Set())], requests: [] };
}

const getScenario = () => scenarioOf(useStudioStore.getState());

/** The open workspace's name and menu. */
export function WorkspaceName({ session }: { session: WorkspaceSession }) {
  return <WorkspaceMenu session={session} blankScenario={blankScenario} />;
}

/** Templates, import, export and share, fed from the store. */
export function WorkspaceActions({ session }: { session: WorkspaceSession }) {
  const selectedPolicy = useStudioStore(selectSelectedPolicy);
  const { requests, selected } = useStudio((s) => ({
    requests: s.requests,
    selected: s.selectedRequest,
  }));
  const request = selected === null ? undefined : requests[selected];
  const onAddPolicy = useCallback(
    ({ type, name, document, attachedTo, level }: NewPolicy) => {
      // Bringing in a policy is an edit: a read-only link becomes the user's own copy first.
      if (session.getState().readOnly) session.editCopy();
      const { addPolicy, renamePolicy, setPolicyAttachedTo, setPolicyLevel } =
        useStudioStore.getState().actions;
      const id = addPolicy(type, document);
      renamePolicy(id, name);
      if (attachedTo) setPolicyAttachedTo(id, attachedTo);
      if (level !== undefined) setPolicyLevel(id, level);
    },
    [session],
  );
  return (
    <WorkspaceToolbar
      session={session}
      getScenario={getScenario}
      {...(selectedPolicy && { selectedPolicy })}
      {...(request &&
        selected !== null && { selectedRequest: { request, key: request.id ?? String(selected) } })}
      onAddPolicy={onAddPolicy}
    />
  );
}
