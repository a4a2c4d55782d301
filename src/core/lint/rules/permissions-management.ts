import type { Statement } from '../../policy/model.ts';
import type { LintCatalog } from '../catalog-port.ts';
import { allowStatements, type LintRule } from '../context.ts';
import type { LintFinding } from '../finding.ts';
import { reachedServices } from '../reach/count-actions.ts';
import { coversAction, entryCovering, isUnscoped } from '../statement-match.ts';

/*
 * Actions of the access level "Permissions management" change who may do what: policies, ACLs,
 * grants, shares, credentials ("Access levels in policy summaries", IAM User Guide; each action's
 * level is AWS's service reference). Granted on every resource ("*" or NotResource) in an
 * identity policy, they reach every such resource of the account; parliament reports them as
 * PERMISSIONS_MANAGEMENT_ACTIONS. A warning: administrators need them, but named resources are
 * the least privilege. Only services the editor has loaded are expanded, as for every
 * service-reference rule; a resource policy is left alone, its "*" being its own resource.
 */

const SHOWN = 4;

/** Every loaded service's "Permissions management" actions the statement allows. */
function permissionsActions(statement: Statement, catalog: LintCatalog): string[] {
  const names: string[] = [];
  for (const prefix of reachedServices(statement, catalog.servicePrefixes())) {
    const service = catalog.service(prefix);
    if (!service) continue;
    for (const action of service.actions) {
      if (action.accessLevel !== 'Permissions management') continue;
      const name = `${prefix}:${action.name}`;
      if (coversAction(statement, name)) names.push(name);
    }
  }
  return names;
}

function listed(names: string[]): string {
  const more = names.length - SHOWN;
  return more > 0 ? `${names.slice(0, SHOWN).join(', ')} and ${more} more` : names.join(', ');
}

export const permissionsManagement: LintRule = {
  code: 'permissions-management',
  needsCatalog: true,
  check: ({ policy, policyType, catalog }) => {
    if (policyType !== 'identity' || !catalog) return [];
    return allowStatements(policy).flatMap((statement): LintFinding[] => {
      if (!isUnscoped(statement)) return [];
      const names = permissionsActions(statement, catalog);
      const first = names[0];
      if (!first) return [];
      const span = entryCovering(statement, first)?.span ?? statement.effectSpan;
      return [
        {
          code: 'permissions-management',
          severity: 'warning',
          message:
            `This statement allows ${names.length} permissions-management ` +
            `${names.length === 1 ? 'action' : 'actions'} on every resource: ${listed(names)}. ` +
            'They change who may do what (policies, ACLs, grants): name the resources in Resource',
          span,
        },
      ];
    });
  },
};
