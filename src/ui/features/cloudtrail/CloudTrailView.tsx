import { useDeferredValue, useState } from 'react';
import { useStudio, useStudioActions } from '../../../store/store.ts';
import { MainAreaView } from '../../components/MainAreaView.tsx';
import { buttonClass } from '../simulator/classes.ts';
import { cloudTrail } from './cloudtrail.ts';
import { counted } from './counts.ts';
import { GeneratePanel } from './GeneratePanel.tsx';
import { LogDropZone } from './LogDropZone.tsx';
import { ReadStatus } from './ReadStatus.tsx';
import { ReadSummary } from './ReadSummary.tsx';
import { ReplayBanner } from './ReplayBanner.tsx';
import { ReplayTable, type SelectedRow } from './ReplayTable.tsx';
import { RowCalls } from './RowCalls.tsx';

/** Whether the replay runs, and against which edit. */
function ReplayStatus() {
  const replay = useStudio((s) => s.cloudTrailReplay);
  if (!replay) return null;
  if (replay.status === 'failed')
    return (
      <p role="alert" className="text-xs text-red-700 dark:text-red-400">
        The replay failed: {replay.error}
      </p>
    );
  if (replay.status !== 'running') return null;
  return (
    <p role="status" aria-label="Replaying" className="text-xs text-zinc-600 dark:text-zinc-400">
      Replaying against the workspace’s policies…
      {replay.progress &&
        ` ${replay.progress.done.toLocaleString('en-US')} of ${counted(replay.progress.total, 'call', 'calls')}`}
    </p>
  );
}

/**
 * CloudTrail logs replayed against the workspace: drop logs, see what they held, which calls the
 * policies allow or deny by caller and action, which would break, why, and the least privilege
 * each caller needs. Shown in the main area in place of the editor.
 */
export function CloudTrailView() {
  const { logs, replay, filter } = useStudio((s) => ({
    logs: s.cloudTrailLogs,
    replay: s.cloudTrailReplay,
    filter: s.cloudTrailFilter,
  }));
  const { setCloudTrailOpen, setCloudTrailFilter } = useStudioActions();
  const [row, setRow] = useState<SelectedRow>();
  // The replay's table and calls (hundreds of elements) render after the rest, in the background:
  // rendered with the view as it opens or as a replay arrives, they held the page for 70-100 ms.
  const view = useDeferredValue(replay?.view ?? null, null);
  return (
    <MainAreaView
      label="CloudTrail"
      title="CloudTrail: replay and least privilege"
      backButtonClass={buttonClass}
      onBack={() => setCloudTrailOpen(false)}
    >
      <div className="flex min-h-0 flex-1 flex-col gap-3 overflow-auto p-3">
        <LogDropZone onFiles={(files) => cloudTrail.read(files)} />
        <ReadStatus />
        {logs && <ReadSummary read={logs.summary} />}
        <ReplayStatus />
        {view && (
          <>
            <ReplayBanner view={view} />
            <ReplayTable
              rows={view.rows}
              filter={filter}
              onFilter={setCloudTrailFilter}
              selected={row}
              onSelect={setRow}
            />
            {row && <RowCalls run={view.run} row={row} />}
          </>
        )}
        {logs && <GeneratePanel callers={logs.summary.callers} run={view?.run} />}
      </div>
    </MainAreaView>
  );
}
