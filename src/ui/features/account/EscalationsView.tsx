import { useMemo } from 'react';
import {
  accountPolicies,
  escalationGraph,
  STUDIO_CATALOGUE,
  type Account,
  type AccountEscalationReport,
  type Catalogue,
} from '../../../core/index.ts';
import { EscalationGraph } from './EscalationGraph.tsx';
import type { Names } from './EscalationPathItem.tsx';
import { EscalationPathList, type EscalationPathListProps } from './EscalationPathList.tsx';

function accountNames(account: Account): Names {
  return {
    identities: new Map(
      [...account.users, ...account.roles, ...account.groups].map((identity) => [
        identity.arn,
        identity.name,
      ]),
    ),
    policies: new Map(accountPolicies(account).map((policy) => [policy.id, policy.name])),
  };
}

/** Which catalogue the report used, and the paths it could not decide from the account, and why. */
function CatalogueNote({ report }: { report: AccountEscalationReport }) {
  const { catalogue, notAnalysed } = report;
  return (
    <details className="text-zinc-600 dark:text-zinc-400">
      <summary className="cursor-pointer">
        Catalogue: {catalogue.source}, {catalogue.version}: {catalogue.paths} paths,{' '}
        {notAnalysed.length} not decidable from an account
      </summary>
      <ul aria-label="Paths not analysed" className="list-disc pl-5">
        {notAnalysed.map(({ pathId, reason }) => (
          <li key={pathId}>
            <span className="font-mono">{pathId}</span>: {reason}
          </li>
        ))}
      </ul>
    </details>
  );
}

/**
 * Which principals can escalate and how: the "can become" graph with the shortest path from the
 * selected principal to admin, and the paths grouped by principal with each step's deciding
 * statements. A pure view: the caller holds the selection and opens statements.
 */
export function EscalationsView({
  account,
  catalogue = STUDIO_CATALOGUE,
  ...listProps
}: Omit<EscalationPathListProps, 'catalogue' | 'names'> & {
  account: Account;
  /** The catalogue the report was made with, for each path's name, description and page. */
  catalogue?: Catalogue;
}) {
  const { report, selectedPrincipal, onSelectPrincipal } = listProps;
  const graph = useMemo(() => escalationGraph(report, account), [report, account]);
  const names = useMemo(() => accountNames(account), [account]);
  const principals = new Set(report.paths.map((path) => path.principal)).size;
  return (
    <div className="space-y-4 p-3 text-xs text-zinc-800 dark:text-zinc-200">
      <p>
        {report.paths.length === 0
          ? 'No principal can take any of the catalogue’s escalation paths.'
          : `${report.paths.length} escalation ${report.paths.length === 1 ? 'path' : 'paths'} for ${principals} ${principals === 1 ? 'principal' : 'principals'}; ${report.admins.length} admin-equivalent.`}
      </p>
      <CatalogueNote report={report} />
      {report.unreadable && report.unreadable.length > 0 && (
        <div role="alert" className="text-red-700 dark:text-red-400">
          Policies that could not be read, so some paths may be missing:
          <ul className="list-disc pl-5">
            {report.unreadable.map(({ policyId, message }) => (
              <li key={policyId}>
                {names.policies.get(policyId) ?? policyId}: {message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {report.paths.length > 0 && (
        <EscalationGraph graph={graph} selected={selectedPrincipal} onSelect={onSelectPrincipal} />
      )}
      <EscalationPathList {...listProps} catalogue={catalogue} names={names} />
    </div>
  );
}
