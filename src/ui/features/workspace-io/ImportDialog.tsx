import { useId, useState } from 'react';
import { analysisClient } from '../../../analysis/analysis-client.ts';
import type { ReadImport } from '../../../analysis/read-import.ts';
import type { ImportedText, Scenario } from '../../../core/index.ts';
import { useFileDrop } from '../../components/use-file-drop.ts';
import { OpenAsAccount } from '../identities/OpenAsAccount.tsx';
import { buttonClass, codeBlockClass, primaryButtonClass } from './classes.ts';
import { Dialog } from './Dialog.tsx';
import { useImportExtras } from './ImportExtrasFields.tsx';
import { ImportPreview, policyCount } from './ImportPreview.tsx';
import { usePastedImport } from './pasted-import.ts';

export type Imported = Exclude<ImportedText, { kind: 'error' }>;
type Found = Extract<ImportedText, { kind: 'policies' }>;

const AWS_CLI_COMMANDS = [
  'get-account-authorization-details',
  'get-policy-version',
  'get-role',
  'get-role-policy',
  'get-user-policy',
  'get-group-policy',
  's3api get-bucket-policy',
  'sqs get-queue-attributes',
  'sns get-topic-attributes',
  'kms get-key-policy',
  'lambda get-policy',
  'organizations describe-policy',
];

interface ImportDialogProps {
  onImport(imported: Imported, fileName?: string): void;
  /** Opens a get-account-authorization-details output's account as a new workspace. */
  onOpenAccount?(scenario: Scenario, name: string): void;
  /** The account open in the workspace, where an imported SCP or RCP is placed by its targets. */
  accountId?: string | undefined;
  onClose(): void;
}

/** A paste this long takes the worker a moment to read: the dialog says it is reading. */
const LARGE_PASTE = 100_000;

const isAccountOutput = (found: Found) =>
  found.source.includes('get-account-authorization-details');

/**
 * A scenario file, a bare policy, or the policies of an AWS CLI output, a CloudFormation template
 * or a Terraform plan, by file picker, drag and drop, or paste. A scenario or a policy is
 * imported at once; the policies found in anything else are listed first.
 */
export function ImportDialog({ onImport, onOpenAccount, accountId, onClose }: ImportDialogProps) {
  const hintId = useId();
  const [pasted, setPasted] = useState('');
  const [error, setError] = useState<string>();
  const [fromFile, setFromFile] = useState<{ found: Found; fileName: string; text: string }>();
  const [readingFile, setReadingFile] = useState<string>();
  // Once the account is open in its own workspace, importing its policies again would add copies.
  const [accountOpened, setAccountOpened] = useState(false);
  const pastedRead = usePastedImport(pasted);
  const fromPaste = pastedRead.imported?.kind === 'policies' ? pastedRead.imported : undefined;
  const found = fromFile?.found ?? fromPaste;
  const extras = useImportExtras(found, fromFile?.fileName, accountId);
  const ready = extras.result && 'found' in extras.result ? extras.result.found : undefined;

  const acceptPaste = () => {
    const result = pastedRead.imported;
    if (!result) return;
    if (result.kind === 'error') setError(result.message);
    else
      onImport(result.kind === 'policies' && ready ? { ...result, ...ready } : result, undefined);
  };
  const fileRead = (fileName: string, { imported, text }: ReadImport) => {
    setReadingFile(undefined);
    if (imported.kind === 'error') {
      setError(imported.message);
    } else if (imported.kind === 'policies' && text !== undefined) {
      setError(undefined);
      setFromFile({ found: imported, fileName, text });
    } else {
      onImport(imported, fileName);
    }
  };
  const readFile = (file: File | undefined) => {
    if (!file) return;
    setReadingFile(file.name);
    setFromFile(undefined);
    // Decoded and read in the analysis worker: a 5 MB account output would hold the page for
    // half a second. Read as bytes: File.text() would turn bytes that are not UTF-8 into U+FFFD.
    file
      .arrayBuffer()
      .then((buffer) =>
        analysisClient.run(
          'readImport',
          { bytes: new Uint8Array(buffer), fileName: file.name },
          { lane: 'import-file' },
        ),
      )
      .then(
        (read) => read && fileRead(file.name, read),
        () => {
          setReadingFile(undefined);
          setError(`${file.name} could not be read`);
        },
      );
  };

  const drop = useFileDrop((data) => readFile(data.files[0]));

  return (
    <Dialog title="Import a scenario or a policy" onClose={onClose}>
      <div
        data-testid="drop-zone"
        {...drop.handlers}
        className={`mb-3 flex flex-col items-center gap-2 rounded border-2 border-dashed p-5 text-xs text-zinc-600 dark:text-zinc-400 ${drop.dragging ? 'border-indigo-500 bg-indigo-50 dark:bg-indigo-950' : 'border-zinc-300 dark:border-zinc-700'}`}
      >
        Drop a .json, .yaml or .template file here, or
        <label className={buttonClass}>
          Choose a file
          <input
            type="file"
            accept=".json,.yaml,.yml,.template,application/json,application/yaml,text/plain"
            className="sr-only"
            onChange={(event) => readFile(event.target.files?.[0])}
          />
        </label>
      </div>
      <textarea
        aria-label="Paste a scenario or a policy"
        placeholder="…or paste it here"
        aria-describedby={hintId}
        value={pasted}
        onChange={(event) => {
          setPasted(event.target.value);
          setFromFile(undefined);
          setError(undefined);
        }}
        rows={8}
        className={`${codeBlockClass} w-full`}
      />
      <p id={hintId} className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
        Besides a scenario or a policy: what the AWS CLI prints (
        {AWS_CLI_COMMANDS.map((command, index) => (
          <span key={command}>
            {index > 0 && ', '}
            <code className="whitespace-nowrap">{command}</code>
          </span>
        ))}
        ), a CloudFormation template in JSON or YAML, or a Terraform JSON plan (
        <code className="whitespace-nowrap">terraform show -json</code>).
      </p>
      {readingFile !== undefined && (
        <p role="status" className="mt-2 text-xs text-zinc-600 dark:text-zinc-400">
          Reading {readingFile}…
        </p>
      )}
      {pastedRead.reading && pasted.length > LARGE_PASTE && (
        <p role="status" className="mt-2 text-xs text-zinc-600 dark:text-zinc-400">
          Reading the pasted text…
        </p>
      )}
      {pastedRead.failed !== undefined && (
        <p role="alert" className="mt-2 text-xs text-red-600 dark:text-red-400">
          The pasted text could not be read: {pastedRead.failed}
        </p>
      )}
      {found && <ImportPreview found={ready ?? found} fileName={fromFile?.fileName} />}
      {extras.fields}
      {found && onOpenAccount && isAccountOutput(found) && (
        <OpenAsAccount
          text={fromFile?.text ?? pasted}
          fileName={fromFile?.fileName}
          onOpen={(scenario, name) => {
            onOpenAccount(scenario, name);
            setAccountOpened(true);
          }}
        />
      )}
      {error !== undefined && (
        <p role="alert" className="mt-2 text-xs text-red-600 dark:text-red-400">
          {error}
        </p>
      )}
      <div className="mt-3 flex justify-end">
        {accountOpened ? (
          <button type="button" className={primaryButtonClass} onClick={onClose}>
            Done
          </button>
        ) : (
          <button
            type="button"
            className={primaryButtonClass}
            disabled={
              found
                ? !ready || ready.policies.length === 0
                : pasted.trim() === '' || pastedRead.reading
            }
            onClick={() =>
              fromFile && ready ? onImport({ ...fromFile.found, ...ready }) : acceptPaste()
            }
          >
            {found ? `Import ${policyCount((ready ?? found).policies.length)}` : 'Import'}
          </button>
        )}
      </div>
    </Dialog>
  );
}
