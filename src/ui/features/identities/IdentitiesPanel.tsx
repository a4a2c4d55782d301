import { useDeferredValue, useMemo, useState } from 'react';
import type { Account } from '../../../core/index.ts';
import { useStudio, useStudioActions } from '../../../store/store.ts';
import { PaneHeader } from '../../components/PaneHeader.tsx';
import { IdentityDetails } from './IdentityDetails.tsx';
import {
  identityEntries,
  searchIdentities,
  type IdentityEntry,
  type IdentityKind,
} from './identity-list.ts';

const SECTIONS: { kind: IdentityKind; title: string }[] = [
  { kind: 'user', title: 'Users' },
  { kind: 'group', title: 'Groups' },
  { kind: 'role', title: 'Roles' },
  { kind: 'root', title: 'Root user' },
];

/** The account's users, groups, roles and root user, searchable; the selected one's details. */
export function IdentitiesPanel({ account }: { account: Account }) {
  const entries = useMemo(() => identityEntries(account), [account]);
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const shown = useMemo(() => searchIdentities(entries, deferredQuery), [entries, deferredQuery]);
  const selectedArn = useStudio((s) => s.selectedIdentity);
  const selected = entries.find((entry) => entry.arn === selectedArn);
  return (
    <section aria-label="Identities" className="flex h-full flex-col bg-zinc-50 dark:bg-zinc-950">
      <PaneHeader title="Identities">
        <span className="text-[11px] text-zinc-600 tabular-nums dark:text-zinc-400">
          {account.id ?? ''}
        </span>
      </PaneHeader>
      <div className="shrink-0 p-1.5">
        <input
          type="search"
          aria-label="Search identities"
          placeholder="Search users, groups, roles"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          className="w-full rounded border border-zinc-300 bg-white px-2 py-1 text-xs text-zinc-900 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100"
        />
      </div>
      <div className="min-h-0 flex-1 overflow-y-auto">
        {SECTIONS.map(({ kind, title }) => {
          const ofKind = shown.filter((entry) => entry.kind === kind);
          if (ofKind.length === 0) return null;
          return <IdentitySection key={kind} title={title} entries={ofKind} />;
        })}
        {shown.length === 0 && (
          <p className="px-3 py-4 text-center text-xs text-zinc-600 dark:text-zinc-400">
            No identity matches “{query}”.
          </p>
        )}
        {selected && <IdentityDetails account={account} entry={selected} />}
      </div>
    </section>
  );
}

/** One kind's identities; a click selects one for the account analysis and the details. */
function IdentitySection({ title, entries }: { title: string; entries: IdentityEntry[] }) {
  const selectedArn = useStudio((s) => s.selectedIdentity);
  const { selectIdentity } = useStudioActions();
  return (
    <div className="px-1.5 pb-1">
      <h3 className="px-1.5 pt-1 text-[11px] font-semibold tracking-wider text-zinc-600 uppercase dark:text-zinc-400">
        {title} <span className="font-normal tabular-nums">{entries.length}</span>
      </h3>
      <ul aria-label={title}>
        {entries.map((entry) => (
          <li key={entry.arn}>
            <button
              type="button"
              aria-current={entry.arn === selectedArn ? 'true' : undefined}
              title={entry.arn}
              onClick={() => selectIdentity(entry.arn)}
              className={`w-full truncate rounded px-1.5 py-0.5 text-left text-xs ${entry.arn === selectedArn ? 'bg-indigo-100 font-medium text-indigo-900 dark:bg-indigo-950 dark:text-indigo-100' : 'text-zinc-800 hover:bg-zinc-100 dark:text-zinc-200 dark:hover:bg-zinc-900'}`}
            >
              {entry.name}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
