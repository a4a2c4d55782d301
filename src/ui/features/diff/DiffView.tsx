import { useCallback, useMemo, useState } from 'react';
import {
  SCENARIO_FORMAT,
  type DiffFinding,
  type Scenario,
  type Span,
} from '../../../core/index.ts';
import type { DiffScope } from '../../../store/diff-slice.ts';
import { policyTypeLabel } from '../../../store/policy-ops.ts';
import { useStudio, useStudioActions, useStudioStore } from '../../../store/store.ts';
import { PaneHeader } from '../../components/PaneHeader.tsx';
import { revealDiffSpan, type PolicyDiffEditor } from '../../monaco/index.ts';
import { buttonClass, selectClass } from '../simulator/classes.ts';
import { comparedVersions, policyName } from './compared-versions.ts';
import type { DiffSide, ExampleActions } from './DiffExample.tsx';
import { DiffEditorPane } from './DiffEditorPane.tsx';
import { DiffFindings } from './DiffFindings.tsx';
import { diffQuery } from './diff-query.ts';
import { simulatorRequest } from './simulator-request.ts';
import { useDiffRun } from './use-diff-run.ts';

/**
 * The main area while a policy is compared: Monaco's side-by-side diff of the two versions and,
 * beside it, what the new one allows that the old did not and the reverse.
 */
export function DiffView() {
  const { comparison, openedDocuments, readOnly, scope, ...workspace } = useStudio((s) => ({
    comparison: s.comparison,
    openedDocuments: s.openedDocuments,
    readOnly: s.readOnly,
    scope: s.diffScope,
    policies: s.policies,
    requests: s.requests,
    organization: s.organization,
    account: s.account,
  }));
  const { policies, requests, organization, account } = workspace;
  const run = useStudioStore((s) => s.diffRun);
  const actions = useStudioActions();
  const versions = useMemo(
    () => comparedVersions(comparison, policies, openedDocuments, account),
    [comparison, policies, openedDocuments, account],
  );
  const [editor, setEditor] = useState<PolicyDiffEditor | null>(null);
  const query = useMemo(() => {
    if (!versions) return undefined;
    const scenario: Scenario = { format: SCENARIO_FORMAT, policies, requests };
    if (organization) scenario.organization = organization;
    if (account) scenario.account = account;
    return diffQuery(versions, scope, scenario);
  }, [versions, scope, policies, requests, organization, account]);
  const cancel = useDiffRun(query, versions?.old, versions?.policy.document);
  const policy = versions?.policy;
  const policyId = policy?.id;

  // Stable while the policy is typed in, so that the examples are not rendered again per keystroke.
  const exampleActions = useMemo<ExampleActions>(
    () => ({
      open: (finding: DiffFinding) => {
        const state = useStudioStore.getState();
        const shown = state.policies.find((p) => p.id === policyId);
        if (!shown) return;
        actions.setSimulatorView('requests');
        // In the workspace the example was asked as the simulator asks it already.
        const { request } = finding;
        actions.addRequest(
          state.diffScope === 'workspace' ? { ...request } : simulatorRequest(finding, shown),
        );
      },
      reveal: (side: DiffSide, span: Span) => {
        if (editor) revealDiffSpan(editor, side, span);
      },
      // Alone, each side is the policy named after it; in the workspace, the policy compared.
      isCompared: (side: DiffSide, id: string) => id === side || id === policyId,
      policyName: (id: string) => {
        const named = useStudioStore.getState().policies.find((p) => p.id === id);
        return named ? policyName(named) : "the caller's own permissions (allowed everything)";
      },
    }),
    [actions, policyId, editor],
  );
  const takeAsReviewed = useCallback(() => {
    if (policy) actions.setOpenedDocument(policy.id, policy.document);
  }, [actions, policy]);

  if (!versions || !policy) return null;
  return (
    <section
      aria-label="Compare versions"
      className="@container flex h-full flex-col bg-white dark:bg-zinc-900"
    >
      <PaneHeader
        title={
          <span className="tracking-normal normal-case">
            <span className="text-zinc-800 dark:text-zinc-100">{policyName(policy)}</span>
            <span className="ml-2 font-normal text-zinc-500 dark:text-zinc-400">
              {policyTypeLabel(policy.type)} compared with {versions.oldLabel}
            </span>
          </span>
        }
      >
        <div className="flex gap-1">
          <select
            aria-label="Decided by"
            title="Each version alone, or the workspace with each version in turn (every other policy as it is)"
            value={scope}
            onChange={(event) => actions.setDiffScope(event.target.value as DiffScope)}
            className={selectClass}
          >
            <option value="policy">This policy alone</option>
            <option value="workspace">The whole workspace</option>
          </select>
          {comparison?.against.kind === 'opened' && (
            <button
              type="button"
              className={`${buttonClass} whitespace-nowrap`}
              disabled={readOnly || versions.old === policy.document}
              title="Compare later edits with the text as it is now"
              onClick={takeAsReviewed}
            >
              Mark as reviewed
            </button>
          )}
          <button
            type="button"
            className={`${buttonClass} whitespace-nowrap`}
            onClick={actions.closeComparison}
          >
            Close
          </button>
        </div>
      </PaneHeader>
      <div className="flex min-h-0 flex-1 flex-col @5xl:flex-row">
        <div className="flex min-h-0 min-w-0 flex-1 basis-1/2 flex-col">
          <div className="flex shrink-0 text-[11px] text-zinc-500 dark:text-zinc-400">
            <span className="flex-1 truncate px-3 py-1">
              Before: {versions.oldLabel} (read-only)
            </span>
            <span className="flex-1 truncate px-3 py-1">Now: {policyName(policy)}</span>
          </div>
          <DiffEditorPane
            policyId={policy.id}
            original={versions.old}
            editor={editor}
            onEditorChange={setEditor}
          />
        </div>
        <div className="flex min-h-0 basis-1/2 flex-col border-t border-zinc-200 @5xl:border-t-0 @5xl:border-l dark:border-zinc-800">
          <DiffFindings
            run={run}
            oldLabel={versions.oldLabel}
            actions={exampleActions}
            onCancel={cancel}
          />
        </div>
      </div>
    </section>
  );
}
