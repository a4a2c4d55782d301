import { useStudio, useStudioActions } from '../../../store/store.ts';
import { buttonClass } from '../simulator/classes.ts';
import { CHECKLIST, checklistState, type ChecklistItem, type ChecklistState } from './checklist.ts';
import { privilegedUsersOf } from './practices-runner.ts';

const IMPORT_HINT: Record<string, string> = {
  'credential report': 'Import a credential report to check this',
  account:
    'Open the account (get-account-authorization-details) and find its privileged users to check this',
};

function StateBadge({ state }: { state: ChecklistState }) {
  if (state.state === 'pass')
    return (
      <span className="rounded bg-green-100 px-1 font-semibold text-green-800 dark:bg-green-950 dark:text-green-300">
        pass
      </span>
    );
  if (state.state === 'fail')
    return (
      <span className="rounded bg-red-100 px-1 font-semibold text-red-800 dark:bg-red-950 dark:text-red-300">
        fail
      </span>
    );
  return (
    <span className="rounded bg-zinc-100 px-1 text-zinc-600 dark:bg-zinc-800 dark:text-zinc-400">
      not checked
    </span>
  );
}

function ChecklistRow({ item, state }: { item: ChecklistItem; state: ChecklistState }) {
  const { showFindings, setPracticesTab } = useStudioActions();
  return (
    <li
      aria-label={item.title}
      data-testid="checklist-item"
      data-state={state.state}
      className="flex flex-col gap-0.5 border-b border-zinc-100 py-2 text-xs dark:border-zinc-800"
    >
      <div className="flex flex-wrap items-center gap-2">
        <StateBadge state={state} />
        <span className="font-medium">{item.title}</span>
        {state.state === 'fail' && (
          <button type="button" className={buttonClass} onClick={() => showFindings(item.code)}>
            {state.findings.toLocaleString('en-US')} finding{state.findings === 1 ? '' : 's'}
          </button>
        )}
        {state.state === 'unknown' && (
          <button
            type="button"
            className={buttonClass}
            onClick={() => setPracticesTab('credentials')}
          >
            {IMPORT_HINT[state.missing[0] ?? 'credential report']}
          </button>
        )}
      </div>
      <p className="text-[11px] text-zinc-500 dark:text-zinc-400">{item.source}</p>
    </li>
  );
}

/** AWS's IAM best practices, each with a state from what was imported and a link to its findings. */
export function ChecklistPanel() {
  const { report, privilegedKnown } = useStudio((s) => ({
    report: s.credentialReport,
    privilegedKnown: privilegedUsersOf(s) !== undefined,
  }));
  const findings =
    report?.status === 'done' && report.output.ok ? report.output.findings : undefined;
  const states = CHECKLIST.map((item) => checklistState(item, { findings, privilegedKnown }));
  const count = (name: ChecklistState['state']) =>
    states.filter((state) => state.state === name).length;
  return (
    <div className="flex flex-col gap-2">
      <p role="status" aria-label="Checklist summary" className="text-xs">
        {count('pass')} pass, {count('fail')} fail, {count('unknown')} not checked yet.
      </p>
      <ul aria-label="Checklist">
        {CHECKLIST.map((item, index) => (
          <ChecklistRow key={item.code} item={item} state={states[index]!} />
        ))}
      </ul>
    </div>
  );
}
