import { useCallback, useState } from 'react';
import { POLICY_TYPES, type PolicyType } from '../../../core/index.ts';
import { policyTypeLabel } from '../../../store/policy-ops.ts';
import { useStudioActions } from '../../../store/store.ts';
import { TrustWizard } from '../trust-wizard/TrustWizard.tsx';

const WIZARD = 'trust-wizard';

/** "Add policy" as a choice of type: picking one adds an empty policy of that type. */
export function AddPolicyMenu() {
  const { addPolicy } = useStudioActions();
  const [wizard, setWizard] = useState(false);
  const closeWizard = useCallback(() => setWizard(false), []);
  return (
    <>
      <select
        aria-label="Add policy"
        value=""
        onChange={(event) => {
          if (event.target.value === WIZARD) setWizard(true);
          else if (event.target.value) addPolicy(event.target.value as PolicyType);
        }}
        className="h-6 w-28 rounded-md border border-zinc-300 bg-white px-1 text-xs text-zinc-700 focus-visible:outline-2 focus-visible:outline-indigo-500 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-200"
      >
        <option value="" disabled>
          + Add policy
        </option>
        {POLICY_TYPES.map((type) => (
          <option key={type} value={type}>
            {policyTypeLabel(type)}
          </option>
        ))}
        <option value={WIZARD}>Trust policy (wizard)…</option>
      </select>
      {wizard && <TrustWizard onClose={closeWizard} />}
    </>
  );
}
