import { useState } from 'react';
import { useStudio, useStudioActions } from '../../../store/store.ts';
import { buttonClass } from '../simulator/classes.ts';
import { CallerSelect } from '../cloudtrail/CallerSelect.tsx';
import { counted } from '../cloudtrail/counts.ts';
import { AdvisedServices } from './AdvisedServices.tsx';
import { practices } from './practices.ts';

/**
 * Access Advisor's view from the CloudTrail logs read: for a caller, every service the
 * workspace's policies grant it, with the actions its calls used and when it last used each.
 */
export function AccessAdvisorPanel() {
  const { logs, job, changed } = useStudio((s) => ({
    logs: s.cloudTrailLogs,
    job: s.accessAdvisor,
    changed: s.accessAdvisor !== undefined && s.accessAdvisor.policies !== s.policies,
  }));
  const { setPracticesTab } = useStudioActions();
  const callers = logs?.summary.callers ?? [];
  const [caller, setCaller] = useState(job?.caller ?? callers[0]?.caller ?? '');
  if (!logs)
    return (
      <p className="flex flex-wrap items-center gap-2 text-xs">
        Import CloudTrail logs to see the services each caller&apos;s policies grant and when it
        last used them.
        <button type="button" className={buttonClass} onClick={() => setPracticesTab('alarms')}>
          Import CloudTrail logs
        </button>
      </p>
    );
  const current = job?.read === logs.read ? job : undefined;
  return (
    <section aria-label="Access Advisor" className="flex flex-col gap-2 text-xs">
      <p className="text-zinc-600 dark:text-zinc-400">
        As IAM&apos;s Access Advisor lists them: the services the workspace&apos;s policies grant a
        caller, and its last use of each in the logs read (their successful calls mapped to IAM
        actions). A service granted and never used is one to remove.
      </p>
      <div className="flex flex-wrap items-center gap-2">
        <CallerSelect
          callers={callers.map((candidate) => ({
            caller: candidate.caller,
            counted: counted(candidate.events, 'event', 'events'),
          }))}
          value={caller}
          onChange={setCaller}
        />
        <button
          type="button"
          className={buttonClass}
          disabled={caller === '' || current?.status === 'running'}
          onClick={() => practices.adviseOn(caller)}
        >
          Show the services
        </button>
      </div>
      {current?.status === 'running' && <p role="status">Comparing with the policies…</p>}
      {current?.status === 'failed' && (
        <p role="alert" className="text-red-700 dark:text-red-400">
          Access Advisor&apos;s view could not be worked out: {current.error}
        </p>
      )}
      {current?.status === 'done' && changed && (
        <p role="status" className="text-amber-800 dark:text-amber-300">
          The policies have changed since: show the services again to compare with them.
        </p>
      )}
      {current?.status === 'done' && <AdvisedServices view={current.output} />}
    </section>
  );
}
