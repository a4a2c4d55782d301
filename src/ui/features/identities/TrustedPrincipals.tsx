import { useMemo } from 'react';
import type { PrincipalKind } from '../../../core/index.ts';
import { trustedPrincipals } from './trusted-principals.ts';

const KIND_LABELS: Record<PrincipalKind, string> = {
  Service: 'Service',
  AWS: 'AWS account or IAM principal',
  Federated: 'Federated identity provider',
  CanonicalUser: 'Canonical user',
};

/** The principals a role's trust policy allows to assume it, with the calls and conditions. */
export function TrustedPrincipals({ trust }: { trust: string }) {
  const trusted = useMemo(() => trustedPrincipals(trust), [trust]);
  if (trusted.length === 0) {
    return <p>No one: its trust policy allows no principal.</p>;
  }
  return (
    <ul aria-label="Who can assume it" className="space-y-1">
      {trusted.map((principal, index) => (
        <li key={index}>
          <span className="text-zinc-600 dark:text-zinc-400">{KIND_LABELS[principal.kind]}: </span>
          <span className="font-mono break-all">{principal.value}</span>
          {principal.actions.length > 0 && (
            <span className="block text-zinc-600 dark:text-zinc-400">
              {principal.actions.join(', ')}
              {principal.conditional && ', when its conditions hold'}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
