import { useEffect } from 'react';
import type { AlarmEventsOutput } from '../../../analysis/practices-jobs.ts';
import { CIS_ALARMS } from '../../../core/index.ts';
import { useStudio } from '../../../store/store.ts';
import { cloudTrail } from '../cloudtrail/cloudtrail.ts';
import { LogDropZone } from '../cloudtrail/LogDropZone.tsx';
import { ReadStatus } from '../cloudtrail/ReadStatus.tsx';
import { AlarmItem } from './AlarmItem.tsx';
import { AlarmTemplates } from './AlarmTemplates.tsx';
import { PatternTester } from './PatternTester.tsx';
import { practices } from './practices.ts';

const firedCount = (output: AlarmEventsOutput) =>
  output.patterns.filter((matches) => matches.matched > 0).length;

/** Which CloudTrail events the alarms were tested on, or that they are being tested. */
function TestedOn() {
  const { logs, job } = useStudio((s) => ({ logs: s.cloudTrailLogs, job: s.alarmEvents }));
  if (!logs) return null;
  if (job?.status === 'failed')
    return (
      <p role="alert" className="text-xs text-red-700 dark:text-red-400">
        The alarms could not be tested: {job.error}
      </p>
    );
  return (
    <p
      role="status"
      aria-label="Alarms tested on"
      className="text-xs text-zinc-600 dark:text-zinc-400"
    >
      {job?.status === 'done'
        ? `Tested on the ${job.output.tested.toLocaleString('en-US')} events of the CloudTrail logs read (${logs.summary.sources.length} file${logs.summary.sources.length === 1 ? '' : 's'}): ${firedCount(job.output)} of ${CIS_ALARMS.length} alarms would have fired.`
        : `Testing the alarms on the CloudTrail logs read…`}
    </p>
  );
}

/**
 * The CIS metric filters and alarms for a CloudTrail log group: each with its pattern and the
 * events of the CloudTrail logs read (in this view or the CloudTrail view) it would have fired
 * on, the template to deploy them, and a pattern of the user's own to test.
 */
export function AlarmsPanel() {
  const { read, job } = useStudio((s) => ({ read: s.cloudTrailLogs?.read, job: s.alarmEvents }));
  useEffect(() => {
    if (read !== undefined) practices.testAlarms();
  }, [read]);
  const matchesOf = (name: string) =>
    job?.status === 'done' && job.read === read
      ? job.output.patterns.find((matches) => matches.id === name)
      : undefined;
  return (
    <div className="flex flex-col gap-3">
      <p className="text-xs text-zinc-600 dark:text-zinc-400">
        The CIS AWS Foundations Benchmark’s metric filters for the CloudWatch Logs log group a
        CloudTrail trail delivers to, each with an alarm (Sum ≥ 1 over 5 minutes) notifying an SNS
        topic.
      </p>
      <LogDropZone onFiles={(files) => cloudTrail.read(files)} />
      <ReadStatus />
      <TestedOn />
      <AlarmTemplates />
      <PatternTester />
      <section aria-label="CIS alarms">
        <h3 className="text-xs font-semibold">The {CIS_ALARMS.length} CIS alarms</h3>
        <ul>
          {CIS_ALARMS.map((alarm) => (
            <AlarmItem
              key={alarm.name}
              alarm={alarm}
              matches={matchesOf(alarm.name)}
              tested={read !== undefined}
            />
          ))}
        </ul>
      </section>
    </div>
  );
}
