import { useMemo, useState } from 'react';
import type { Scenario, ScenarioPolicy, ScenarioRequest } from '../../../core/index.ts';
import { TabList } from '../../components/TabList.tsx';
import { buttonClass, codeBlockClass, workspaceTabClass } from './classes.ts';
import { downloadText } from './clipboard.ts';
import { CopyButton } from './CopyButton.tsx';
import { Dialog } from './Dialog.tsx';
import { exportFormats } from './exports.ts';

interface ExportDialogProps {
  scenario: Scenario;
  policy?: ScenarioPolicy;
  request?: ScenarioRequest;
  onClose(): void;
}

export function ExportDialog({ scenario, policy, request, onClose }: ExportDialogProps) {
  const formats = useMemo(
    () => exportFormats(scenario, policy, request),
    [scenario, policy, request],
  );
  const [chosen, setChosen] = useState(policy ? 'policy' : 'scenario');
  const format = formats.find((candidate) => candidate.id === chosen) ?? formats[0];
  return (
    <Dialog title="Export" onClose={onClose} wide>
      <TabList
        label="Export formats"
        tabs={formats}
        selected={format?.id}
        onSelect={setChosen}
        className="mb-3 flex flex-wrap gap-1"
        tabClass={workspaceTabClass}
      />
      {format && format.text === undefined && (
        <p role="alert" className="text-xs text-amber-700 dark:text-amber-400">
          {format.unavailable}
        </p>
      )}
      {format?.text !== undefined && (
        <>
          {/* A scrollable region a keyboard user must be able to reach and scroll (axe: scrollable-region-focusable). */}
          <pre
            aria-label={format.label}
            tabIndex={0}
            className={`${codeBlockClass} focus-visible:outline-2 focus-visible:outline-sky-500`}
          >
            {format.text}
          </pre>
          <div className="mt-2 flex justify-end gap-2">
            <CopyButton text={format.text} />
            <button
              type="button"
              className={buttonClass}
              onClick={() => downloadText(format.fileName, format.text ?? '', format.mediaType)}
            >
              Download {format.fileName}
            </button>
          </div>
        </>
      )}
    </Dialog>
  );
}
