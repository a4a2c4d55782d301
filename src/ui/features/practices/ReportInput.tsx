import { useState } from 'react';
import { DropZone } from '../../components/DropZone.tsx';
import { buttonClass, inputClass } from '../simulator/classes.ts';
import { practices } from './practices.ts';

/** The first file of a drop or a picker, read as text and checked as a credential report. */
function readFile(file: File | undefined, onFailed: (message: string) => void): void {
  if (!file) {
    onFailed('No file was found in what was dropped.');
    return;
  }
  file.text().then(
    (text) => practices.importReport(file.name, text),
    () => onFailed(`${file.name} could not be read.`),
  );
}

/**
 * Where the credential report comes in: the output of `aws iam get-credential-report` (its JSON
 * with the base64 Content) or the decoded CSV, dropped, chosen or pasted.
 */
export function ReportInput() {
  const [failed, setFailed] = useState<string>();
  const [pasted, setPasted] = useState('');
  const take = (file: File | undefined) => {
    setFailed(undefined);
    readFile(file, setFailed);
  };
  return (
    <DropZone
      testId="credential-report-drop-zone"
      onDrop={(data) => take(data.files[0])}
      failed={failed}
      className="p-3"
    >
      <p>
        Drop the credential report here: the output of <code>aws iam get-credential-report</code>{' '}
        (JSON with its base64 <code>Content</code>) or the CSV the console downloads. Nothing leaves
        the browser.
      </p>
      <div className="flex flex-wrap items-start gap-2">
        <label className={buttonClass}>
          Choose a file
          <input
            type="file"
            accept=".csv,.json,.txt,text/csv,application/json"
            className="sr-only"
            onChange={(event) => {
              take(event.target.files?.[0]);
              event.target.value = '';
            }}
          />
        </label>
        <textarea
          aria-label="Paste a credential report"
          placeholder="…or paste the JSON or CSV here"
          rows={2}
          value={pasted}
          onChange={(event) => setPasted(event.target.value)}
          className={`${inputClass} min-w-48 flex-1`}
        />
        <button
          type="button"
          className={buttonClass}
          disabled={pasted.trim() === ''}
          onClick={() => practices.importReport('The pasted text', pasted)}
        >
          Read pasted text
        </button>
      </div>
    </DropZone>
  );
}
