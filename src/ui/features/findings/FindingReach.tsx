import { useId, useState } from 'react';
import type { ReachExample } from '../../../core/index.ts';
import { useStudioActions, useStudioStore } from '../../../store/store.ts';
import { simulatorRequest } from '../diff/simulator-request.ts';
import { grantsText } from './reach-text.ts';
import { useStatementReach } from './use-statement-reach.ts';

const openButton =
  'shrink-0 rounded border border-zinc-300 px-1.5 text-[11px] text-zinc-700 hover:bg-zinc-100 ' +
  'focus-visible:outline-2 focus-visible:outline-sky-500 dark:border-zinc-700 dark:text-zinc-300 ' +
  'dark:hover:bg-zinc-800';

interface FindingReachProps {
  policyId: string;
  /** The linted text the finding's statement index points into. */
  document: string;
  statementIndex: number;
  /** Worked out as soon as shown; otherwise when asked for (reachRows). */
  atOnce: boolean;
}

function exampleText({ request }: ReachExample): string {
  const context = Object.entries(request.context ?? {}).map(
    ([key, value]) => `${key} = ${Array.isArray(value) ? `[${value.join(', ')}]` : value}`,
  );
  const on = `${request.action} on ${request.resource}`;
  return context.length > 0 ? `${on} with ${context.join(', ')}` : on;
}

/**
 * Under a finding that says a statement is broader than it looks: how many actions the statement
 * grants per access level, and a request it allows, which opens in the simulator.
 */
export function FindingReach({ policyId, document, statementIndex, atOnce }: FindingReachProps) {
  const [requested, setRequested] = useState(false);
  const wanted = atOnce || requested;
  const state = useStatementReach(policyId, document, statementIndex, wanted);
  const { addRequest, setSimulatorView } = useStudioActions();
  const exampleId = useId();
  if (!wanted) {
    return (
      <p className="basis-full pl-6">
        <button type="button" className={openButton} onClick={() => setRequested(true)}>
          What does statement {statementIndex + 1} grant?
        </button>
      </p>
    );
  }
  if (state.status === 'counting') {
    return (
      <p className="basis-full pl-6 text-zinc-500 dark:text-zinc-400">Counting what it grants…</p>
    );
  }
  const { reach } = state;
  if (!reach) {
    return (
      <p className="basis-full pl-6 text-zinc-500 dark:text-zinc-400">
        What it grants could not be worked out.
      </p>
    );
  }
  const example = reach.example;
  const open = () => {
    const policy = useStudioStore.getState().policies.find((shown) => shown.id === policyId);
    if (!policy || !example) return;
    setSimulatorView('requests');
    addRequest(simulatorRequest(example, policy));
  };
  return (
    <div
      className="flex basis-full flex-wrap items-baseline gap-x-2 pb-1 pl-6 text-zinc-600 dark:text-zinc-300"
      data-testid="finding-reach"
    >
      <span>{grantsText(reach)}</span>
      {example ? (
        <>
          <span id={exampleId} className="min-w-0 font-mono text-[11px] break-all">
            e.g. {exampleText(example)} ({example.accessLevel})
          </span>
          <button type="button" className={openButton} aria-describedby={exampleId} onClick={open}>
            Open in simulator
          </button>
        </>
      ) : null}
      {reach.leftOut.length > 0 && (
        <span className="text-[11px] text-zinc-500 dark:text-zinc-400">
          ({reach.leftOut.join('; ')})
        </span>
      )}
    </div>
  );
}
