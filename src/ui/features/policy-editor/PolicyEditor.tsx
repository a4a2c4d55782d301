import { useEffect, useRef } from 'react';
import type { PolicyProblem } from '../../../core/policy/model.ts';
import { useStudioActions, useStudioStore } from '../../../store/store.ts';
import {
  mountEditor,
  showPolicy,
  showPolicyProblems,
  syncPolicyModel,
  type PolicyCodeEditor,
} from '../../monaco/index.ts';
import { useDecisionDecorations } from '../../monaco/decorations.ts';

interface PolicyEditorProps {
  policyId: string;
  /** The parser's problems of the policy, shown as markers. */
  problems: readonly PolicyProblem[];
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
  problems,
  editor,
  onEditorChange,
  hidden,
}: PolicyEditorProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const reported = useRef<string | undefined>(undefined);
  const { setPolicyDocument } = useStudioActions();
  const document = useStudioStore((s) => s.policies.find((p) => p.id === policyId)?.document);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const mounted = mountEditor(container);
    onEditorChange(mounted.editor);
    return () => {
      onEditorChange(null);
      mounted.dispose();
    };
  }, [onEditorChange]);

  useEffect(() => {
    if (!editor) return;
    // Read once: after creation the Monaco model, not the store, is where the text lives.
    const text = useStudioStore.getState().policies.find((p) => p.id === policyId)?.document ?? '';
    reported.current = text;
    // A kept model may be behind a text the store got while another policy was shown.
    syncPolicyModel(policyId, text);
    return showPolicy(editor, policyId, text, (changed) => {
      reported.current = changed;
      setPolicyDocument(policyId, changed);
    });
  }, [editor, policyId, setPolicyDocument]);

  useEffect(() => {
    if (!editor || document === undefined || document === reported.current) return;
    reported.current = document;
    syncPolicyModel(policyId, document);
  }, [editor, policyId, document]);

  useEffect(() => {
    if (editor) showPolicyProblems(policyId, problems);
  }, [editor, policyId, problems]);

  useDecisionDecorations(editor, policyId);

  return (
    <div
      ref={containerRef}
      data-testid="policy-editor"
      className={hidden ? 'hidden' : 'min-h-0 min-w-0 flex-1'}
    />
  );
}
