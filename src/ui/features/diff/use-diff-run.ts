import { useCallback, useEffect, useRef } from 'react';
import { analysisClient } from '../../../analysis/analysis-client.ts';
import type { PolicyDiffQuery } from '../../../analysis/diff-jobs.ts';
import { useStudioActions, useStudioStore } from '../../../store/store.ts';

/** Edits closer together than this are compared once, after the last. */
const EDIT_PAUSE_MS = 300;

/**
 * Runs the comparison in the analysis worker whenever the query changes (at once the first time,
 * after a pause in edits later) and keeps the answer, for the texts `old` and `next`, in the
 * store. Returns the function that stops the comparison running.
 */
export function useDiffRun(
  query: PolicyDiffQuery | undefined,
  old: string | undefined,
  next: string | undefined,
) {
  const { setDiffRun } = useStudioActions();
  const running = useRef<AbortController | null>(null);
  const asked = useRef(false);

  useEffect(() => {
    if (!query || old === undefined || next === undefined) return;
    const controller = new AbortController();
    const texts = { old, new: next };
    const timer = setTimeout(
      () => {
        asked.current = true;
        running.current = controller;
        const before = useStudioStore.getState().diffRun?.result;
        setDiffRun({ ...texts, status: 'running', ...(before && { result: before }) });
        analysisClient
          .run('diffPolicies', query, { lane: 'diff', signal: controller.signal })
          .then((result) => {
            if (controller.signal.aborted) return;
            setDiffRun(
              result ? { ...texts, status: 'done', result } : { ...texts, status: 'cancelled' },
            );
          })
          .catch((error: unknown) => {
            const message = error instanceof Error ? error.message : String(error);
            setDiffRun({ ...texts, status: 'failed', error: message });
          });
      },
      asked.current ? EDIT_PAUSE_MS : 0,
    );
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query, old, next, setDiffRun]);

  return useCallback(() => {
    const controller = running.current;
    if (!controller || controller.signal.aborted) return;
    controller.abort();
    const run = useStudioStore.getState().diffRun;
    if (run?.status === 'running') setDiffRun({ old: run.old, new: run.new, status: 'cancelled' });
  }, [setDiffRun]);
}
