import { useState } from 'react';
import type { Scenario } from '../../../core/index.ts';
import { primaryButtonClass } from '../workspace-io/classes.ts';
import { problemText, readAccountScenario, type AccountRead } from './open-account.ts';

interface OpenAsAccountProps {
  text: string;
  fileName?: string | undefined;
  /** Opens the scenario as a new workspace of this name. */
  onOpen(scenario: Scenario, name: string): void;
}

type Opened = Extract<AccountRead, { ok: true }>;

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function OpenedReport({ opened }: { opened: Opened }) {
  const { account } = opened.scenario;
  return (
    <div role="status" className="mt-2 text-xs text-zinc-700 dark:text-zinc-300">
      <p>
        Opened the new workspace “{opened.name}”:{' '}
        {account &&
          [
            count(account.users.length, 'user', 'users'),
            count(account.groups.length, 'group', 'groups'),
            count(account.roles.length, 'role', 'roles'),
            count(account.policies.length, 'managed policy', 'managed policies'),
          ].join(', ')}
        . Your workspace is kept as it was.
      </p>
      {opened.notes.length > 0 && (
        <ul aria-label="Account import notes" className="mt-1 list-disc pl-4">
          {opened.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      {opened.problems.length > 0 && (
        <ul
          aria-label="Left out of the account"
          className="mt-1 list-disc pl-4 text-amber-800 dark:text-amber-300"
        >
          {opened.problems.map((problem, index) => (
            <li key={index}>{problemText(problem)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/**
 * A get-account-authorization-details output opened as an account: a new workspace holding the
 * users, groups and roles and their policies, never over the one open.
 */
export function OpenAsAccount({ text, fileName, onOpen }: OpenAsAccountProps) {
  const [state, setState] = useState<'idle' | 'reading' | AccountRead>('idle');
  const open = () => {
    setState('reading');
    readAccountScenario({ text, fileName }).then(
      (read) => {
        if (!read) return;
        setState(read);
        if (read.ok) onOpen(read.scenario, read.name);
      },
      (error: Error) =>
        setState({
          ok: false,
          message: `${fileName ?? 'The pasted text'} could not be read: ${error.message}`,
        }),
    );
  };
  if (typeof state === 'object' && state.ok) return <OpenedReport opened={state} />;
  return (
    <div className="mt-2 flex flex-col items-end gap-1">
      <button
        type="button"
        className={primaryButtonClass}
        disabled={state === 'reading'}
        onClick={open}
      >
        {state === 'reading' ? 'Reading the account…' : 'Open as account'}
      </button>
      {state === 'reading' && (
        <p role="status" className="text-xs text-zinc-600 dark:text-zinc-400">
          Reading {fileName ?? 'the pasted text'} as an account…
        </p>
      )}
      {typeof state === 'object' && (
        <p role="alert" className="text-xs text-red-600 dark:text-red-400">
          {state.message}
        </p>
      )}
    </div>
  );
}
