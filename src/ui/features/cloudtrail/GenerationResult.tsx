import type { GenerationView } from '../../../analysis/cloudtrail-generate.ts';
import { codeBlockClass } from '../workspace-io/classes.ts';
import { labelClass } from '../simulator/classes.ts';
import { CallsPanel } from './CallsPanel.tsx';
import { counted, successfulMapped } from './counts.ts';
import { UnloadedServices } from './UnloadedServices.tsx';

/** Replayed alone, every successful event allowed; linted, nothing above a suggestion. */
function Proof({ proof }: { proof: GenerationView['proof'] }) {
  return (
    <section aria-label="Proof" className="flex flex-col gap-1 text-xs">
      <p
        role="status"
        aria-label="Proof outcome"
        className={
          proof.proven ? 'text-green-800 dark:text-green-300' : 'text-red-800 dark:text-red-300'
        }
      >
        {proof.proven ? 'Proven: ' : 'Not proven: '}
        {proof.notReplayed ?? (
          <>
            replayed the {successfulMapped(proof.replayed)} against this policy alone,{' '}
            {proof.allowed === proof.replayed ? 'all' : proof.allowed.toLocaleString('en-US')}{' '}
            allowed
          </>
        )}
        ; lint found{' '}
        {proof.findings.length === 0
          ? 'nothing above a suggestion'
          : counted(proof.findings.length, 'finding', 'findings')}
        .
      </p>
      {proof.findings.length > 0 && (
        <ul className="list-disc pl-5">
          {proof.findings.map((finding, index) => (
            <li key={index}>
              {finding.severity}: {finding.message}
            </li>
          ))}
        </ul>
      )}
      {proof.notAllowed.length > 0 && (
        <ul className="list-disc pl-5">
          {proof.notAllowed.map((call) => (
            <li key={call.index} className="font-mono">
              {call.eventName}: {call.deciding?.action} on {call.deciding?.resource} is not allowed
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Access Advisor's view: what today's policies grant the caller and the window never used. */
function Unused({ view }: { view: GenerationView }) {
  return (
    <section aria-label="Granted and never used" className="flex flex-col gap-1 text-xs">
      <h4 className={labelClass}>Granted today, never used in this window</h4>
      {view.unused.length === 0 ? (
        <p className="text-zinc-600 dark:text-zinc-400">
          Today&apos;s policies grant nothing the caller did not use.
        </p>
      ) : (
        <ul className="flex max-h-56 flex-col gap-0.5 overflow-auto">
          {view.unused.map((use) => (
            <li key={use.service} data-testid="unused-service">
              <details>
                <summary className="cursor-pointer">
                  <span className="font-mono">{use.service}</span>:{' '}
                  {counted(
                    use.neverUsed?.length ?? use.granted - use.used.length,
                    'action',
                    'actions',
                  )}{' '}
                  never used of {use.granted.toLocaleString('en-US')} granted
                  {use.lastUsed ? `, last used ${use.lastUsed}` : ', never used in this window'}
                </summary>
                <p className="pl-4 font-mono break-words text-zinc-600 dark:text-zinc-400">
                  {(use.neverUsed ?? []).join(', ')}
                </p>
              </details>
            </li>
          ))}
        </ul>
      )}
      <UnloadedServices services={view.unloaded} />
    </section>
  );
}

/** The generated policy, its proof, and how it differs from what today's policies grant. */
export function GenerationResult({
  view,
  run,
  onOpen,
  canOpen,
}: {
  view: GenerationView;
  run: number | undefined;
  onOpen(): void;
  canOpen: boolean;
}) {
  const { generated } = view;
  return (
    <div className="flex flex-col gap-2">
      <Proof proof={view.proof} />
      <div className="flex items-center gap-2 text-xs">
        <span className="text-zinc-600 dark:text-zinc-400">
          {counted(generated.statements.length, 'statement', 'statements')} from the{' '}
          {successfulMapped(generated.events)}
          {view.leftOutEvents > 0 &&
            `; ${counted(view.leftOutEvents, 'event', 'events')} of the caller left out`}
        </span>
        <button
          type="button"
          className="rounded bg-indigo-600 px-2.5 py-1 text-xs font-medium text-white hover:bg-indigo-500 disabled:opacity-50"
          disabled={!canOpen}
          onClick={onOpen}
        >
          Open as new policy
        </button>
      </div>
      <pre aria-label="Generated policy" tabIndex={0} className={codeBlockClass}>
        {generated.document}
      </pre>
      {view.leftOut.length > 0 && (
        <details className="text-xs">
          <summary className="cursor-pointer">
            Calls left out and why
            {view.leftOutCalls > view.leftOut.length &&
              ` (the first ${view.leftOut.length} of ${view.leftOutCalls.toLocaleString('en-US')})`}
          </summary>
          <ul className="list-disc pl-5">
            {view.leftOut.map(({ call, reason }) => (
              <li key={call.index}>
                <span className="font-mono">
                  {call.eventSource} {call.eventName}
                </span>{' '}
                ({counted(call.count, 'event', 'events')}): {reason}
              </li>
            ))}
          </ul>
        </details>
      )}
      <Unused view={view} />
      <section aria-label="Used but denied" className="flex flex-col gap-1 text-xs">
        <h4 className={labelClass}>Used in this window, denied by today&apos;s policies</h4>
        {view.usedButDenied.length === 0 || run === undefined ? (
          <p className="text-zinc-600 dark:text-zinc-400">
            {view.usedButDeniedCalls === 0
              ? 'Today’s policies allow every call that succeeded.'
              : counted(view.usedButDeniedCalls, 'call', 'calls')}
          </p>
        ) : (
          <CallsPanel
            label="Used but denied"
            calls={view.usedButDenied}
            total={view.usedButDeniedCalls}
            run={run}
          />
        )}
      </section>
    </div>
  );
}
