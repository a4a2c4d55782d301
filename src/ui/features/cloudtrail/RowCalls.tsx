import { useEffect, useState } from 'react';
import type { CallView } from '../../../analysis/cloudtrail-replay.ts';
import { CallsPanel } from './CallsPanel.tsx';
import { cloudTrailClient } from './cloudtrail.ts';
import type { SelectedRow } from './ReplayTable.tsx';

/** The calls of the row clicked in the replay table (asked of the worker, which holds them). */
export function RowCalls({ run, row }: { run: number; row: SelectedRow }) {
  const [calls, setCalls] = useState<{ calls: CallView[]; total: number } | null>();
  useEffect(() => {
    let current = true;
    cloudTrailClient.run('cloudTrailRowCalls', { run, ...row }, { lane: 'cloudtrail-row' }).then(
      (answer) => {
        if (current && answer !== undefined) setCalls(answer);
      },
      () => current && setCalls(null),
    );
    return () => {
      current = false;
    };
  }, [run, row]);
  return (
    <section aria-label="Calls of the row" className="flex flex-col gap-1">
      <h3 className="text-xs font-semibold">
        <span className="font-mono">{row.action}</span> by{' '}
        <span className="font-mono">{row.caller}</span>
      </h3>
      {calls === undefined && <p className="text-xs text-zinc-500">Finding its calls…</p>}
      {calls && (
        <CallsPanel
          // A row chosen anew starts with nothing chosen and nothing explained.
          key={`${row.caller} ${row.action}`}
          label="Calls"
          calls={calls.calls}
          total={calls.total}
          run={run}
          explainFirst
        />
      )}
    </section>
  );
}
