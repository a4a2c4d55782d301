import { useCallback, useMemo } from 'react';
import { analysisClient } from '../../../analysis/analysis-client.ts';
import { useStudio, useStudioActions } from '../../../store/store.ts';
import { CoverageView } from '../coverage/CoverageView.tsx';
import { BeakerIcon } from '../../components/icons.tsx';
import { TabbedPaneHeader } from '../../components/TabbedPaneHeader.tsx';
import { buttonClass } from './classes.ts';
import { DecidingStatements } from './DecidingStatements.tsx';
import { ExplanationPanel, type LoadOthers } from './ExplanationPanel.tsx';
import { usePointAt } from './use-point-at.ts';
import { MatrixView } from './MatrixView.tsx';
import { RequestEditor } from './RequestEditor.tsx';
import { RequestTable } from './RequestTable.tsx';
import { summaryLine } from './summary-line.ts';

const VIEWS = [
  { id: 'requests', label: 'Requests' },
  { id: 'matrix', label: 'Matrix' },
  { id: 'coverage', label: 'Coverage' },
] as const;

function EmptyState({ onAdd }: { onAdd?: () => void }) {
  return (
    <div className="flex flex-1 flex-col items-center justify-center gap-2 px-6 text-center">
      <span className="flex size-9 items-center justify-center rounded-full bg-zinc-200/70 text-zinc-500 dark:bg-zinc-800 dark:text-zinc-400">
        <BeakerIcon className="size-5" />
      </span>
      <p className="text-sm font-medium">No requests yet</p>
      <p className="max-w-60 text-xs leading-relaxed text-zinc-500 dark:text-zinc-400">
        Describe a request (who, which action, on what) to see whether these policies allow it, and
        why.
      </p>
      {onAdd && (
        <button type="button" className={buttonClass} onClick={onAdd}>
          Add a request
        </button>
      )}
    </div>
  );
}

/** The right pane: the requests, their live decisions, and why; or the matrix of decisions. */
export function SimulatorPanel() {
  const { requests, selected, view, readOnly, simulation } = useStudio((s) => ({
    requests: s.requests,
    selected: s.selectedRequest,
    view: s.simulatorView,
    readOnly: s.readOnly,
    simulation: s.simulation,
  }));
  const actions = useStudioActions();
  const response = simulation?.response;
  const output = response && 'output' in response ? response.output : null;
  const selectedRequest = selected === null ? undefined : requests[selected];
  const selectedId = selected === null ? undefined : (selectedRequest?.id ?? String(selected));
  const outcomes = useMemo(() => new Map(output?.outcomes.map((o) => [o.id, o]) ?? []), [output]);
  const explained = output?.explanation?.index === selected ? output.explanation : null;
  const explanation = explained?.explanation ?? null;
  const loadOthers: LoadOthers = useCallback(
    (step) =>
      explained
        ? analysisClient
            .run('otherStatements', { run: explained.run, index: explained.index, step })
            // Replaced or failed: the explanation it was about is out of date.
            .then(
              (statements) => statements ?? null,
              () => null,
            )
        : Promise.resolve(null),
    [explained],
  );

  const at = usePointAt();
  const select = (index: number) => {
    actions.selectRequest(index);
    const request = requests[index];
    const deciding = outcomes.get(request?.id ?? String(index))?.matchedStatements[0];
    if (deciding) actions.selectPolicy(deciding.policyId);
  };

  return (
    <section aria-label="Simulator" className="flex h-full flex-col bg-zinc-50 dark:bg-zinc-950">
      <TabbedPaneHeader
        title="Simulator"
        tabsLabel="Simulator view"
        tabs={VIEWS}
        selected={view}
        onSelect={actions.setSimulatorView}
      />
      {response && 'error' in response && (
        <p role="alert" className="px-3 py-1.5 text-xs text-red-700 dark:text-red-400">
          The simulation failed: {response.error}
        </p>
      )}
      {view === 'coverage' ? (
        <div className="min-h-0 flex-1 overflow-auto">
          <CoverageView />
        </div>
      ) : view === 'matrix' ? (
        <div className="min-h-0 flex-1 overflow-auto">
          <MatrixView matrix={output?.matrix ?? null} selected={selectedRequest} />
        </div>
      ) : requests.length === 0 ? (
        <EmptyState onAdd={readOnly ? undefined : () => actions.addRequest()} />
      ) : (
        <div className="min-h-0 flex-1 overflow-auto">
          <div className="flex items-center justify-between gap-2 border-b border-zinc-200 px-3 py-1.5 dark:border-zinc-800">
            <p
              role="status"
              aria-label="Simulation summary"
              data-duration-ms={output ? output.durationMs.toFixed(1) : undefined}
              className="text-xs text-zinc-600 dark:text-zinc-300"
            >
              {output ? summaryLine(output.outcomes) : 'Simulating…'}
            </p>
            {!readOnly && (
              <button type="button" className={buttonClass} onClick={() => actions.addRequest()}>
                Add request
              </button>
            )}
          </div>
          <RequestTable
            requests={requests}
            outcomes={outcomes}
            selected={selected}
            onSelect={select}
          />
          {selectedRequest && selected !== null && (
            <div className="border-t border-zinc-200 dark:border-zinc-800">
              <RequestEditor
                key={selectedId}
                request={selectedRequest}
                onChange={(request) => actions.updateRequest(selected, request)}
              />
              {explanation && (
                <>
                  <DecidingStatements statements={explanation.deciding} at={at} />
                  <ExplanationPanel explanation={explanation} loadOthers={loadOthers} at={at} />
                </>
              )}
            </div>
          )}
        </div>
      )}
    </section>
  );
}
