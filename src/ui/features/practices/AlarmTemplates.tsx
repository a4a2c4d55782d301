import { useMemo, useState } from 'react';
import {
  cisAlarmsCloudFormation,
  cisAlarmsEventBridge,
  cisAlarmsTerraform,
} from '../../../core/index.ts';
import { Select } from '../../components/Select.tsx';
import { selectClass } from '../simulator/classes.ts';
import { buttonClass, codeBlockClass } from '../workspace-io/classes.ts';
import { downloadText } from '../workspace-io/clipboard.ts';
import { CopyButton } from '../workspace-io/CopyButton.tsx';

const FORMATS = {
  cloudformation: {
    label: 'CloudFormation',
    file: 'cis-alarms.cloudformation.json',
    type: 'application/json',
    make: cisAlarmsCloudFormation,
  },
  terraform: {
    label: 'Terraform',
    file: 'cis-alarms.tf',
    type: 'text/plain',
    make: cisAlarmsTerraform,
  },
  eventbridge: {
    label: 'EventBridge rules (CloudFormation)',
    file: 'cis-alarms.eventbridge.json',
    type: 'application/json',
    make: cisAlarmsEventBridge,
  },
} as const;

type Format = keyof typeof FORMATS;

const FORMAT_OPTIONS = (Object.keys(FORMATS) as Format[]).map((id) => ({
  id,
  label: FORMATS[id].label,
}));

/** The CIS alarms as a template to deploy: the log group, SNS topic and namespace its parameters. */
export function AlarmTemplates() {
  const [format, setFormat] = useState<Format>('cloudformation');
  const chosen = FORMATS[format];
  const text = useMemo(() => chosen.make(), [chosen]);
  return (
    <section aria-label="Alarm template" className="flex flex-col gap-2 text-xs">
      <div className="flex flex-wrap items-center gap-2">
        <h3 className="font-semibold">Template</h3>
        <Select
          aria-label="Template format"
          value={format}
          options={FORMAT_OPTIONS}
          onChange={setFormat}
          className={selectClass}
        />
        <CopyButton text={text} />
        <button
          type="button"
          className={buttonClass}
          onClick={() => downloadText(chosen.file, text, chosen.type)}
        >
          Download {chosen.file}
        </button>
      </div>
      <p className="text-zinc-500 dark:text-zinc-400">
        The CloudTrail log group, the SNS topic and the metric namespace are the template’s
        parameters.
      </p>
      <pre aria-label="Template text" tabIndex={0} className={codeBlockClass}>
        {text}
      </pre>
    </section>
  );
}
