import { useEffect, useRef } from 'react';
import { useStudioActions, useStudioStore } from '../../../store/store.ts';
import { useMounted } from '../../components/use-mounted.ts';
import {
  mountDiffEditor,
  setDiffReadOnly,
  showPolicyDiff,
  type PolicyDiffEditor,
} from '../../monaco/index.ts';

interface DiffEditorPaneProps {
  policyId: string;
  /** The version compared with, shown read-only on the left. */
  original: string;
  editor: PolicyDiffEditor | null;
  onEditorChange: (editor: PolicyDiffEditor | null) => void;
}

/** Monaco's side-by-side diff: the version compared with, and the policy itself, editable. */
export function DiffEditorPane({
  policyId,
  original,
  editor,
  onEditorChange,
}: DiffEditorPaneProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const { setPolicyDocument } = useStudioActions();
  const readOnly = useStudioStore((s) => s.readOnly);

  useMounted(containerRef, mountDiffEditor, onEditorChange);

  useEffect(() => {
    if (!editor) return;
    // Read once: from here on the policy's Monaco model is where its text lives.
    const text = useStudioStore.getState().policies.find((p) => p.id === policyId)?.document ?? '';
    return showPolicyDiff(editor, { original, policyId, text }, (changed) =>
      setPolicyDocument(policyId, changed),
    );
  }, [editor, policyId, original, setPolicyDocument]);

  useEffect(() => {
    if (editor) setDiffReadOnly(editor, readOnly);
  }, [editor, readOnly]);

  return (
    <div ref={containerRef} data-testid="policy-diff-editor" className="min-h-0 min-w-0 flex-1" />
  );
}
