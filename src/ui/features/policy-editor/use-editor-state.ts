import { useEffect, useState } from 'react';
import { useStudioStore } from '../../../store/store.ts';
import {
  resetPolicyModels,
  retainPolicyModels,
  watchCursor,
  type CursorPlace,
  type PolicyCodeEditor,
} from '../../monaco/index.ts';

/** The editor's cursor, following every move and every switch of policy. */
export function useCursor(editor: PolicyCodeEditor | null): CursorPlace | undefined {
  const [cursor, setCursor] = useState<CursorPlace | undefined>(undefined);
  useEffect(() => (editor ? watchCursor(editor, setCursor) : undefined), [editor]);
  return editor ? cursor : undefined;
}

/**
 * Disposes the Monaco model of a policy once it is deleted and can no longer be brought back,
 * so a restored policy keeps its undo history and a gone one frees its memory; and resets the
 * kept models when the whole scenario is replaced.
 */
export function useRetainPolicyModels(): void {
  const keep = useStudioStore((s) =>
    [...s.policies.map((p) => p.id), s.deletedPolicy?.policy.id ?? ''].join('\n'),
  );
  useEffect(() => {
    // In a task of its own: when another workspace opens, the model shown goes, and the editor
    // letting it go costs tens of milliseconds, after the new workspace's own.
    const timer = setTimeout(() => retainPolicyModels(new Set(keep.split('\n'))));
    return () => clearTimeout(timer);
  }, [keep]);
  // In the store's own update, before any editor brings a kept model to the new text as an edit.
  useEffect(
    () =>
      useStudioStore.subscribe((state, previous) => {
        if (state.scenarioEpoch !== previous.scenarioEpoch) resetPolicyModels(state.policies);
      }),
    [],
  );
}
