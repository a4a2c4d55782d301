import { useMemo } from 'react';
import { useStudioActions, useStudioStore, type StudioState } from '../../../store/store.ts';
import { comparablePolicies, policyName } from './compared-versions.ts';

const OPENED = 'opened';

/** The ids and names of the policies the selected one can be compared with, as JSON. */
function comparableKey(s: StudioState): string {
  const policy = s.policies.find((p) => p.id === s.selectedPolicyId);
  const others = policy ? comparablePolicies(policy, s.policies) : [];
  return JSON.stringify(others.map((other) => [other.id, policyName(other)]));
}

const controlClass =
  'rounded px-2 py-0.5 text-xs text-zinc-600 hover:bg-zinc-200/70 focus-visible:outline-2 ' +
  'focus-visible:outline-indigo-500 dark:text-zinc-300 dark:hover:bg-zinc-800';

/**
 * The editor toolbar's comparisons of the open policy: "What does this grant?" (with the version
 * the workspace was opened with) and "Compare with…" that version or another policy of its type.
 */
export function CompareMenu() {
  const policyId = useStudioStore((s) => s.selectedPolicyId);
  // As one string, which stays equal while the policy is typed in: no render per keystroke.
  const othersKey = useStudioStore(comparableKey);
  const others = useMemo(() => JSON.parse(othersKey) as [string, string][], [othersKey]);
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
          compareWith(
            policyId,
            chosen === OPENED ? { kind: 'opened' } : { kind: 'policy', policyId: chosen },
          );
        }}
      >
        <option value="" disabled>
          Compare with…
        </option>
        <option value={OPENED}>The version opened (saved or shared)</option>
        {others.length > 0 && (
          <optgroup label="Another policy of this type">
            {others.map(([id, name]) => (
              <option key={id} value={id}>
                {name}
              </option>
            ))}
          </optgroup>
        )}
      </select>
    </>
  );
}
