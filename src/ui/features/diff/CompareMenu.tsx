import { useMemo } from 'react';
import { useStudioActions, useStudioStore, type StudioState } from '../../../store/store.ts';
import type { DiffAgainst } from '../../../store/diff-slice.ts';
import {
  comparablePolicies,
  otherVersionsOf,
  policyName,
  versionName,
} from './compared-versions.ts';

const OPENED = 'opened';
/**
 * Other policies of its type listed at most: an account's workspace holds thousands, and drawing
 * an option for each held the page for tens of milliseconds whenever it opened.
 */
const MAX_LISTED = 100;

interface Comparables {
  /** [id, name] of the other policies of its type, the first MAX_LISTED. */
  others: [string, string][];
  /** How many more policies of its type there are. */
  unlisted: number;
  /** [versionId, name] of the other versions of the managed policy it stands for. */
  versions: [string, string][];
}

/** What the selected policy can be compared with, as JSON. */
function comparableKey(s: StudioState): string {
  const policy = s.policies.find((p) => p.id === s.selectedPolicyId);
  const others = policy ? comparablePolicies(policy, s.policies) : [];
  const comparables: Comparables = {
    others: others.slice(0, MAX_LISTED).map((other) => [other.id, policyName(other)]),
    unlisted: Math.max(0, others.length - MAX_LISTED),
    versions: (policy ? otherVersionsOf(policy, s.account) : []).map((version) => [
      version.versionId,
      versionName(version),
    ]),
  };
  return JSON.stringify(comparables);
}

/** The option's value as what it compares with: "opened", "policy:ID" or "version:ID". */
function chosenAgainst(value: string): DiffAgainst {
  if (value.startsWith('version:')) return { kind: 'version', versionId: value.slice(8) };
  if (value.startsWith('policy:')) return { kind: 'policy', policyId: value.slice(7) };
  return { kind: 'opened' };
}

/** A group of the menu's choices, each `[id, name]`, valued "KIND:ID"; none when it is empty. */
function Choices({
  label,
  kind,
  items,
}: {
  label: string;
  kind: 'version' | 'policy';
  items: [string, string][];
}) {
  if (items.length === 0) return null;
  return (
    <optgroup label={label}>
      {items.map(([id, name]) => (
        <option key={id} value={`${kind}:${id}`}>
          {name}
        </option>
      ))}
    </optgroup>
  );
}

const controlClass =
  'rounded px-2 py-0.5 text-xs text-zinc-600 hover:bg-zinc-200/70 focus-visible:outline-2 ' +
  'focus-visible:outline-indigo-500 dark:text-zinc-300 dark:hover:bg-zinc-800';

/**
 * The editor toolbar's comparisons of the open policy: "What does this grant?" (with the version
 * the workspace was opened with) and "Compare with…" that version, another version of the account's
 * managed policy it stands for, or another policy of its type.
 */
export function CompareMenu() {
  const policyId = useStudioStore((s) => s.selectedPolicyId);
  // As one string, which stays equal while the policy is typed in: no render per keystroke.
  const othersKey = useStudioStore(comparableKey);
  const { others, unlisted, versions } = useMemo(
    () => JSON.parse(othersKey) as Comparables,
    [othersKey],
  );
  const { compareWith } = useStudioActions();
  if (policyId === '') return null;
  return (
    <>
      <button
        type="button"
        className={controlClass}
        title="What this policy allows that it did not when the workspace was opened, and the reverse"
        onClick={() => compareWith(policyId, { kind: 'opened' })}
      >
        What does this grant?
      </button>
      <select
        aria-label="Compare with"
        value=""
        className={`${controlClass} bg-transparent`}
        onChange={(event) => {
          const chosen = event.target.value;
          if (chosen === '') return;
          compareWith(policyId, chosenAgainst(chosen));
        }}
      >
        <option value="" disabled>
          Compare with…
        </option>
        <option value={OPENED}>The version opened (saved or shared)</option>
        <Choices label="Another version of this managed policy" kind="version" items={versions} />
        <Choices label="Another policy of this type" kind="policy" items={others} />
        {unlisted > 0 && (
          <option value="" disabled>
            …and {unlisted.toLocaleString('en-US')} more: open one of them to compare it with this
          </option>
        )}
      </select>
    </>
  );
}
