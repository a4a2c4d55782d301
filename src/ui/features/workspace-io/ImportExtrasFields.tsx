import { useId, useState, type ReactNode } from 'react';
import {
  bucketNameOfFile,
  hasOrganizationsPolicy,
  isBucketPolicyOutput,
  withImportExtras,
  type FoundPolicies,
} from '../../../core/index.ts';
import { TextInput } from '../../components/TextInput.tsx';
import { codeBlockClass } from './classes.ts';

const inputClass =
  'w-full rounded border border-zinc-300 bg-white px-2 py-1 font-mono text-xs text-zinc-900 ' +
  'dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100';
const hintClass = 'text-zinc-600 dark:text-zinc-400';

interface Extras {
  /** The fields to show below the preview, or null when the policies need none. */
  fields: ReactNode;
  /** The policies to import with what the fields say, or why they cannot be imported yet. */
  result: { found: FoundPolicies } | { problem: string } | undefined;
}

function Field({
  label,
  hint,
  children,
}: {
  label: string;
  hint: ReactNode;
  children(id: string, hintId: string): ReactNode;
}) {
  const id = useId();
  const hintId = useId();
  return (
    <div className="mt-2">
      <label htmlFor={id} className="font-medium text-zinc-800 dark:text-zinc-200">
        {label}
      </label>
      {children(id, hintId)}
      <p id={hintId} className={hintClass}>
        {hint}
      </p>
    </div>
  );
}

/**
 * What a bucket policy or an SCP/RCP needs beside its file: the bucket's name (get-bucket-policy
 * does not print it), and where an Organizations policy is attached, so that it applies to the
 * open account only when attached above it.
 */
export function useImportExtras(
  found: FoundPolicies | undefined,
  fileName: string | undefined,
  accountId: string | undefined,
): Extras {
  const [typedBucket, setBucket] = useState<string>();
  const [targets, setTargets] = useState('');
  const [entityPath, setEntityPath] = useState('');
  if (!found) return { fields: null, result: undefined };
  const bucketPolicy = isBucketPolicyOutput(found);
  const organizations = hasOrganizationsPolicy(found);
  if (!bucketPolicy && !organizations) return { fields: null, result: { found } };
  const bucket = typedBucket ?? bucketNameOfFile(fileName) ?? '';
  const result = withImportExtras(found, { bucket, targets, entityPath, accountId });
  const fields = (
    <fieldset className="mt-3 rounded border border-zinc-200 p-2 text-xs dark:border-zinc-700">
      <legend className="px-1 text-zinc-700 dark:text-zinc-300">
        {bucketPolicy ? 'Its bucket' : 'Where it is attached'}
      </legend>
      {bucketPolicy && (
        <Field label="Bucket name" hint="The output of get-bucket-policy does not name its bucket.">
          {(id, hintId) => (
            <TextInput
              id={id}
              aria-describedby={hintId}
              value={bucket}
              onChange={setBucket}
              className={inputClass}
            />
          )}
        </Field>
      )}
      {organizations && (
        <>
          <Field
            label="Targets (optional)"
            hint={
              <>
                What <code>aws organizations list-targets-for-policy --policy-id p-…</code> prints.
                Without it, the policy applies to every account, at level 0.
              </>
            }
          >
            {(id, hintId) => (
              <textarea
                id={id}
                aria-describedby={hintId}
                value={targets}
                rows={3}
                spellCheck={false}
                onChange={(event) => setTargets(event.target.value)}
                className={`${codeBlockClass} w-full`}
              />
            )}
          </Field>
          <Field
            label="Entity path of the account"
            hint={
              <>
                The root and each OU above the account, e.g.{' '}
                <code>o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/{accountId ?? '123456789012'}</code>
              </>
            }
          >
            {(id, hintId) => (
              <TextInput
                id={id}
                aria-describedby={hintId}
                value={entityPath}
                onChange={setEntityPath}
                className={inputClass}
              />
            )}
          </Field>
        </>
      )}
      {'found' in result && targets.trim() !== '' && (
        <p role="status" className="mt-2 text-zinc-700 dark:text-zinc-300">
          {result.found.policies.length === 0
            ? `Applies to account ${accountId ?? ''} nowhere.`
            : `Applies to account ${accountId ?? ''} at ${result.found.policies
                .map((policy) => `level ${policy.level ?? 0}`)
                .join(', ')} (0 is the root, then each OU down to the account).`}
        </p>
      )}
      {'problem' in result && (
        <p role="alert" className="mt-2 text-red-600 dark:text-red-400">
          {result.problem}
        </p>
      )}
    </fieldset>
  );
  return { fields, result };
}
