import { useEffect, useState } from 'react';
import {
  bundledCatalog,
  summarizePolicy,
  type Policy,
  type PolicySummary,
} from '../../../core/index.ts';

/** The summary of `policy`, computed once the services it names are loaded; undefined until then. */
export function usePolicySummary(policy: Policy | undefined): PolicySummary | undefined {
  const [found, setFound] = useState<{ policy: Policy; summary: PolicySummary }>();
  useEffect(() => {
    if (!policy) return;
    let live = true;
    void summarizePolicy(policy, bundledCatalog()).then((summary) => {
      if (live) setFound({ policy, summary });
    });
    return () => {
      live = false;
    };
  }, [policy]);
  return found && found.policy === policy ? found.summary : undefined;
}
