import { useCallback, useEffect, useState } from 'react';
import type { CloudTrailExplained } from '../../../analysis/cloudtrail-jobs.ts';
import { DecidingStatements } from '../simulator/DecidingStatements.tsx';
import { ExplanationPanel, type LoadOthers } from '../simulator/ExplanationPanel.tsx';
import { usePointAt } from '../simulator/use-point-at.ts';
import { cloudTrailClient } from './cloudtrail.ts';

/**
 * Why a replayed call got its decision: its deciding request (the first denied one, or the first
 * one) explained by the simulator's explanation, at the call's last time. Asked again when the
 * replay reruns after an edit.
 */
export function CallExplanation({ run, call }: { run: number; call: number }) {
  const [explained, setExplained] = useState<CloudTrailExplained | null>();
  useEffect(() => {
    let current = true;
    cloudTrailClient.run('cloudTrailExplain', { run, call }, { lane: 'cloudtrail-explain' }).then(
      (answer) => {
        if (current && answer !== undefined) setExplained(answer);
      },
      () => current && setExplained(null),
    );
    return () => {
      current = false;
    };
  }, [run, call]);
  const loadOthers: LoadOthers = useCallback(
    (step) =>
      cloudTrailClient.run('cloudTrailOtherStatements', { run, call, step }).then(
        (statements) => statements ?? null,
        () => null,
      ),
    [run, call],
  );
  const at = usePointAt();
  if (explained === undefined) return <p className="px-3 text-xs text-zinc-500">Explaining…</p>;
  if (explained === null)
    return (
      <p className="px-3 text-xs text-zinc-500">
        This call is not replayed (its caller or its actions are not known), so there is nothing to
        explain.
      </p>
    );
  const { request, explanation } = explained;
  return (
    <section
      aria-label="Why"
      className="flex flex-col gap-1 rounded border border-zinc-200 py-1 dark:border-zinc-800"
    >
      <p className="px-3 font-mono text-[11px] text-zinc-600 dark:text-zinc-400">
        {request.principal} · {request.action} on {request.resource}
      </p>
      <DecidingStatements statements={explanation.deciding} at={at} />
      <ExplanationPanel explanation={explanation} loadOthers={loadOthers} at={at} />
    </section>
  );
}
