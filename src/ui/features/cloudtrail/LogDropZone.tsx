import { useState } from 'react';
import type { CloudTrailInputFile } from '../../../analysis/cloudtrail-import.ts';
import { DropZone } from '../../components/DropZone.tsx';
import { buttonClass } from '../workspace-io/classes.ts';
import { chosenFiles, droppedFiles } from './dropped-files.ts';

/**
 * Where CloudTrail logs come in: files or whole folders dropped, or chosen with a picker. Every
 * shape is read (log files, .gz, lookup-events output, arrays, JSON Lines, EventBridge events,
 * the Athena aggregation's CSV).
 */
export function LogDropZone({ onFiles }: { onFiles(files: CloudTrailInputFile[]): void }) {
  const [failed, setFailed] = useState<string>();
  const take = (files: CloudTrailInputFile[]) => {
    setFailed(files.length === 0 ? 'No file was found in what was dropped.' : undefined);
    if (files.length > 0) onFiles(files);
  };
  return (
    <DropZone
      testId="cloudtrail-drop-zone"
      onDrop={(data) =>
        droppedFiles(data).then(take, () => setFailed('The dropped files could not be read.'))
      }
      failed={failed}
      className="items-center p-4"
    >
      <p className="text-center">
        Drop CloudTrail logs here: log files (.json, .json.gz) or whole folders of them,{' '}
        <code>lookup-events</code> output, JSON Lines, EventBridge events, or the Athena CSV.
        Nothing leaves the browser.
      </p>
      <div className="flex gap-2">
        <label className={buttonClass}>
          Choose files
          <input
            type="file"
            multiple
            accept=".json,.gz,.jsonl,.ndjson,.csv,.txt,application/json,application/gzip,text/csv"
            className="sr-only"
            onChange={(event) => {
              take(chosenFiles(event.target.files));
              event.target.value = '';
            }}
          />
        </label>
        <label className={buttonClass}>
          Choose a folder
          <input
            type="file"
            // A folder picker: React passes the attribute on as written.
            {...{ webkitdirectory: '' }}
            className="sr-only"
            onChange={(event) => {
              take(chosenFiles(event.target.files));
              event.target.value = '';
            }}
          />
        </label>
      </div>
    </DropZone>
  );
}
