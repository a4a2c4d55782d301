import { useEffect, useRef } from 'react';
import { useStudioActions, useStudioStore } from '../../../store/store.ts';
import { mountEditor, showPolicy, type PolicyCodeEditor } from '../../monaco/index.ts';

/** The Monaco editor for one policy. The model holds the text; the store mirrors each edit. */
export function PolicyEditor({ policyId }: { policyId: string }) {
  const containerRef = useRef<HTMLDivElement>(null);
  const editorRef = useRef<PolicyCodeEditor | null>(null);
  const { setPolicyDocument } = useStudioActions();

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const { editor, dispose } = mountEditor(container);
    editorRef.current = editor;
    return () => {
      editorRef.current = null;
      dispose();
    };
  }, []);

  useEffect(() => {
    const editor = editorRef.current;
    if (!editor) return;
    // Read once: after creation the Monaco model, not the store, is where the text lives.
    const document =
      useStudioStore.getState().policies.find((p) => p.id === policyId)?.document ?? '';
    return showPolicy(editor, policyId, document, (text) => setPolicyDocument(policyId, text));
  }, [policyId, setPolicyDocument]);

  return <div ref={containerRef} data-testid="policy-editor" className="min-h-0 flex-1" />;
}
