import { useCallback, useDeferredValue, useState } from 'react';
import type { QuickFix, Span } from '../../../core/index.ts';
import { analysePolicy } from '../../../analysis/policy-analysis.ts';
import { policyTypeLabel } from '../../../store/policy-ops.ts';
import {
  selectSelectedPolicy,
  useStudio,
  useStudioActions,
  useStudioStore,
} from '../../../store/store.ts';
import { showsCode, showsForm } from '../../../store/editor-view-slice.ts';
import { PaneHeader } from '../../components/PaneHeader.tsx';
import { applyQuickFix, selectSpan, type PolicyCodeEditor } from '../../monaco/index.ts';
import { FindingsPanel } from '../findings/FindingsPanel.tsx';
import { PolicySummaryView } from '../policy-summary/PolicySummaryView.tsx';
import { usePolicyFindings } from '../findings/use-policy-findings.ts';
import { EditorToolbar } from './EditorToolbar.tsx';
import { PolicyEditor } from './PolicyEditor.tsx';
import { PolicyForm } from './PolicyForm.tsx';
import { ProblemsStatus } from './ProblemsStatus.tsx';
import { statementAt } from './statement-at.ts';
import { StatusBar } from './StatusBar.tsx';
import { useCursor, useRetainPolicyModels } from './use-editor-state.ts';

/** The selected policy as JSON (Monaco), as a form, or both, with a toolbar and a status bar. */
export function PolicyEditorPane() {
  const policy = useStudioStore(selectSelectedPolicy);
  const { view, readOnly } = useStudio((s) => ({ view: s.editorView, readOnly: s.readOnly }));
  const [editor, setEditor] = useState<PolicyCodeEditor | null>(null);
  const cursor = useCursor(editor);
  // Monaco shows each keystroke at once; parsing and the form follow in a deferred render, which
  // React splits into short tasks: so does a large policy's parse when it comes from the worker.
  const deferredPolicy = useDeferredValue(policy);
  const read = useDeferredValue(useStudioStore((s) => s.policyParses.get(policy?.id ?? '')));
  const analysis =
    policy && analysePolicy(deferredPolicy?.id === policy.id ? deferredPolicy : policy, read);
  // Analyses are shared, and the policy list's status dot makes the new one at once: the form
  // takes its own deferred copy, so its cards follow in the deferred render whoever read first.
  const deferredAnalysis = useDeferredValue(analysis);
  const formAnalysis = deferredPolicy?.id === policy?.id ? deferredAnalysis : analysis;
  const readable =
    formAnalysis && !formAnalysis.unreadable ? formAnalysis.result.policy : undefined;
  const selectedStatement = cursor && statementAt(readable, cursor.offset)?.index;
  useRetainPolicyModels();
  const findings = usePolicyFindings(policy?.id);
  const [findingsOpen, setFindingsOpen] = useState(false);
  const { setEditorView } = useStudioActions();
  const revealFinding = useCallback(
    (span: Span) => {
      if (!editor) return;
      if (!showsCode(view)) setEditorView('split');
      selectSpan(editor, span);
      editor.focus();
    },
    [editor, view, setEditorView],
  );
  const applyFix = useCallback(
    (fix: QuickFix) => {
      if (findings) applyQuickFix(findings.policyId, findings.document, fix);
    },
    [findings],
  );

  if (!policy || !analysis) {
    return (
      <section
        aria-label="Policy editor"
        className="flex h-full flex-col items-center justify-center gap-1 bg-white text-sm text-zinc-500 dark:bg-zinc-900 dark:text-zinc-400"
      >
        <p className="font-medium text-zinc-700 dark:text-zinc-200">No policy</p>
        <p className="text-xs">Add one from the list on the left.</p>
      </section>
    );
  }

  return (
    <section aria-label="Policy editor" className="flex h-full flex-col bg-white dark:bg-zinc-900">
      <PaneHeader
        title={
          <span className="tracking-normal normal-case">
            <span className="text-zinc-800 dark:text-zinc-100">{policy.name ?? policy.id}</span>
            <span className="ml-2 font-normal text-zinc-500 dark:text-zinc-400">
              {policyTypeLabel(policy.type)}
            </span>
          </span>
        }
      >
        <ProblemsStatus
          policyId={policy.id}
          expanded={findingsOpen}
          onToggle={() => setFindingsOpen((open) => !open)}
        />
      </PaneHeader>
      <EditorToolbar
        editor={editor}
        statementSpans={(analysis.unreadable ? [] : analysis.result.policy.statements).map(
          (s) => s.span,
        )}
        textLength={policy.document.length}
      />
      <div className="flex min-h-0 flex-1">
        <PolicyEditor
          policyId={policy.id}
          findings={findings}
          editor={editor}
          onEditorChange={setEditor}
          hidden={!showsCode(view)}
        />
        {view === 'summary' && <PolicySummaryView policy={readable} />}
        {showsForm(view) && (
          <>
            {view === 'split' && <span className="w-px shrink-0 bg-zinc-200 dark:bg-zinc-800" />}
            {/* A read-only share link: the form shows the policy but every control is off. */}
            <fieldset disabled={readOnly} className="contents">
              <PolicyForm
                policyId={policy.id}
                policyType={policy.type}
                analysis={formAnalysis ?? analysis}
                editor={editor}
                selectedStatement={selectedStatement}
                findings={findings}
              />
            </fieldset>
          </>
        )}
      </div>
      {findingsOpen && (
        <FindingsPanel
          findings={findings}
          onReveal={revealFinding}
          onFix={readOnly ? undefined : applyFix}
        />
      )}
      <StatusBar document={policy.document} type={policy.type} cursor={cursor} />
    </section>
  );
}
