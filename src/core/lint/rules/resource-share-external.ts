import type { Statement } from '../../policy/model.ts';
import { grantsAccess, type LintRule } from '../context.ts';
import type { LintFinding } from '../finding.ts';
import { coveredAmong, entryCovering } from '../statement-match.ts';

/*
 * A resource share lets principals outside the account use its resources ("Sharing a resource
 * makes it available for use by principals outside of the AWS account that created the
 * resource", AWS RAM API reference, CreateResourceShare), and outside the organization too unless
 * it is created or updated with allowExternalPrincipals false, which is the default's opposite.
 * ram:CreateResourceShare and ram:UpdateResourceShare take the request's choice as the condition
 * key ram:RequestedAllowsExternalPrincipals (Service Authorization Reference, AWS RAM): only a
 * Bool condition that it is false keeps the account's resources inside the organization. The
 * resource-policy escalation of issue 19 that RAM brings: giving other accounts access.
 * https://docs.aws.amazon.com/ram/latest/APIReference/API_CreateResourceShare.html
 */

const CODE = 'resource-share-external';
const KEY = 'ram:requestedallowsexternalprincipals';
const SHARING = ['ram:CreateResourceShare', 'ram:UpdateResourceShare'];

/** A condition that the share allows no principal outside the organization. */
function keepsSharesInside(statement: Statement): boolean {
  return statement.conditions.some(
    (block) =>
      block.operator.base === 'Bool' &&
      !block.operator.ifExists &&
      block.keys.some(
        (entry) =>
          entry.key.toLowerCase() === KEY &&
          entry.values.length > 0 &&
          entry.values.every((value) => value.value.toLowerCase() === 'false'),
      ),
  );
}

export const resourceShareExternal: LintRule = {
  code: CODE,
  check: ({ policy, policyType }) => {
    if (!grantsAccess(policyType)) return [];
    return policy.statements.flatMap((statement): LintFinding[] => {
      if (statement.effect !== 'Allow' || keepsSharesInside(statement)) return [];
      const action = coveredAmong(statement, SHARING)[0];
      if (!action) return [];
      return [
        {
          code: CODE,
          severity: 'warning',
          message:
            `This statement allows ${action}: the principal can share the account's resources ` +
            '(subnets, transit gateways, Route 53 Resolver rules, ...) with any AWS account, ' +
            'including accounts outside the organization, which then use them. Add ' +
            '"Bool": {"ram:RequestedAllowsExternalPrincipals": "false"} to keep shares inside the organization',
          span: entryCovering(statement, action)?.span ?? statement.effectSpan,
        },
      ];
    });
  },
};
