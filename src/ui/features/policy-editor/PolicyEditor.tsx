import { useEffect, useRef } from 'react';
import { useStudioActions, useStudioStore } from '../../../store/store.ts';
import { useMounted } from '../../components/use-mounted.ts';
import {
  mountEditor,
  showPolicy,
  showPolicyFindings,
  syncPolicyModel,
  type PolicyCodeEditor,
} from '../../monaco/index.ts';
import { useDecisionDecorations } from '../../monaco/decorations.ts';
import { useCoverageDecorations } from '../../monaco/coverage-decorations.ts';
import type { ShownPolicyFindings } from '../findings/use-policy-findings.ts';

interface PolicyEditorProps {
  policyId: string;
  /** Its parse problems and lint findings, shown as markers; undefined until lint has run. */
  findings: ShownPolicyFindings | undefined;
  editor: PolicyCodeEditor | null;
  onEditorChange: (editor: PolicyCodeEditor | null) => void;
  hidden: boolean;
}

/**
 * The Monaco editor for one policy. The model holds the text and the store mirrors each edit;
 * a text the store gets from elsewhere is written into the model as an undoable edit.
 */
export function PolicyEditor({
  policyId,
  findings,
  editor,
  onEditorChange,
  hidden,
}: PolicyEditorProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const reported = useRef<string | undefined>(undefined);
  const shownEpoch = useRef<number | undefined>(undefined);
  const { setPolicyDocument } = useStudioActions();
  const document = useStudioStore((s) => s.policies.find((p) => p.id === policyId)?.document);
  const readOnly = useStudioStore((s) => s.readOnly);

  useMounted(containerRef, mountEditor, onEditorChange);

  useEffect(() => {
    if (!editor) return;
    // Read once: after creation the Monaco model, not the store, is where the text lives.
    const text = useStudioStore.getState().policies.find((p) => p.id === policyId)?.document ?? '';
    reported.current = text;
    // A kept model may be behind a text the store got while another policy was shown.
    syncPolicyModel(policyId, text);
    const show = () =>
      showPolicy(editor, policyId, text, (changed) => {
        reported.current = changed;
        setPolicyDocument(policyId, changed);
      });
    const epoch = useStudioStore.getState().scenarioEpoch;
    const newScenario = shownEpoch.current !== undefined && shownEpoch.current !== epoch;
    shownEpoch.current = epoch;
    if (!newScenario) return show();
    // A workspace just opened: its first policy is shown in a task of its own, after the page
    // has drawn the workspace, so that opening a large account does not hold the page for both.
    let hide: (() => void) | undefined;
    const timer = setTimeout(() => (hide = show()));
    return () => {
      clearTimeout(timer);
      hide?.();
    };
  }, [editor, policyId, setPolicyDocument]);

  useEffect(() => {
    if (!editor || document === undefined || document === reported.current) return;
    reported.current = document;
    syncPolicyModel(policyId, document);
  }, [editor, policyId, document]);

  useEffect(() => {
    if (editor && findings?.policyId === policyId) {
      showPolicyFindings(policyId, findings.document, findings.findings);
    }
  }, [editor, policyId, findings]);

  useEffect(() => {
    editor?.updateOptions({ readOnly });
  }, [editor, readOnly]);

  useDecisionDecorations(editor, policyId);
  useCoverageDecorations(editor, policyId);

  return (
    <div
      ref={containerRef}
      data-testid="policy-editor"
      className={hidden ? 'hidden' : 'min-h-0 min-w-0 flex-1'}
    />
  );
}
