import { useEffect, useState } from 'react';
import type { ChecklistItem, PracticeFinding, PracticeInput } from '../../../core/index.ts';
import { RULE_INPUTS } from '../../../core/index.ts';
import type { PracticesTab } from '../../../store/practices-slice.ts';
import { useStudio, useStudioActions } from '../../../store/store.ts';
import { buttonClass } from '../simulator/classes.ts';
import { practices } from './practices.ts';
import { PracticeFindingList } from './PracticeFindingList.tsx';

const STATE_CLASS: Record<ChecklistItem['state'], string> = {
  pass: 'bg-green-100 text-green-800 dark:bg-green-950 dark:text-green-300',
  fail: 'bg-red-100 text-red-800 dark:bg-red-950 dark:text-red-300',
  'not-checked': 'bg-zinc-100 text-zinc-600 dark:bg-zinc-800 dark:text-zinc-400',
};

/** Where each input is imported in this view; the account comes through the Import dialog. */
const IMPORT_TAB: Partial<Record<PracticeInput, { tab: PracticesTab; label: string }>> = {
  'credential-report': { tab: 'credentials', label: 'Import a credential report' },
  cloudtrail: { tab: 'alarms', label: 'Import CloudTrail logs' },
};

function ChecklistRow({
  item,
  findings,
}: {
  item: ChecklistItem;
  findings: readonly PracticeFinding[];
}) {
  const { showFindings, setPracticesTab } = useStudioActions();
  const [open, setOpen] = useState<string>();
  return (
    <li
      aria-label={item.title}
      data-testid="checklist-item"
      data-state={item.state}
      className="flex flex-col gap-1 border-b border-zinc-100 py-2 text-xs dark:border-zinc-800"
    >
      <div className="flex flex-wrap items-baseline gap-2">
        <span className={`rounded px-1 font-semibold ${STATE_CLASS[item.state]}`}>
          {item.state === 'not-checked' ? 'not checked' : item.state}
        </span>
        <span className="font-medium">{item.title}</span>
      </div>
      <p role="status" aria-label={`${item.title} state`}>
        {item.summary}
      </p>
      <div className="flex flex-wrap gap-1">
        {Object.entries(item.found).map(([code, count]) => (
          <button
            key={code}
            type="button"
            aria-expanded={
              RULE_INPUTS.get(code) === 'credential-report' ? undefined : open === code
            }
            className={buttonClass}
            onClick={() =>
              RULE_INPUTS.get(code) === 'credential-report'
                ? showFindings(code)
                : setOpen(open === code ? undefined : code)
            }
          >
            {code}: {count.toLocaleString('en-US')}
          </button>
        ))}
        {item.missing.map((input) => {
          const where = IMPORT_TAB[input];
          return (
            where && (
              <button
                key={input}
                type="button"
                className={buttonClass}
                onClick={() => setPracticesTab(where.tab)}
              >
                {where.label}
              </button>
            )
          );
        })}
      </div>
      {open !== undefined && (
        <PracticeFindingList findings={findings.filter((finding) => finding.code === open)} />
      )}
      <p className="text-[11px] text-zinc-500 dark:text-zinc-400">
        {item.url ? (
          <a href={item.url} target="_blank" rel="noreferrer" className="underline">
            {item.source}
          </a>
        ) : (
          item.source
        )}
      </p>
    </li>
  );
}

/**
 * AWS's IAM best practices, each with a state from what was imported (credential report, account,
 * CloudTrail logs) or what to import to check it, and a link to its findings.
 */
export function ChecklistPanel() {
  const job = useStudio((s) => s.practiceChecklist);
  useEffect(() => practices.followChecklist(), []);
  const shown = job?.shown;
  const count = (state: ChecklistItem['state']) =>
    shown?.checklist.filter((item) => item.state === state).length ?? 0;
  return (
    <div className="flex flex-col gap-2">
      {job?.status === 'failed' && (
        <p role="alert" className="text-xs text-red-700 dark:text-red-400">
          The checklist could not be worked out: {job.error}
        </p>
      )}
      {!shown ? (
        <p role="status" className="text-xs">
          Checking the practices…
        </p>
      ) : (
        <>
          <p role="status" aria-label="Checklist summary" className="text-xs">
            {count('pass')} pass, {count('fail')} fail, {count('not-checked')} not checked
            {job?.status === 'running' ? ' (checking again…)' : ''}.
          </p>
          <ul aria-label="Checklist">
            {shown.checklist.map((item) => (
              <ChecklistRow key={item.id} item={item} findings={shown.findings} />
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
