import type { LintRule } from './context.ts';
import { allowWithNotResource } from './rules/allow-with-not-resource.ts';
import { arnSegments } from './rules/arn-segments.ts';
import { audienceQualifier } from './rules/audience-qualifier.ts';
import { boolMultipleValues } from './rules/bool-multiple-values.ts';
import { conditionKeyFormat } from './rules/condition-key-format.ts';
import { conditionNeverTrue } from './rules/condition-never-true.ts';
import { conditionValueType } from './rules/condition-value-type.ts';
import { createSlrUnscoped } from './rules/create-slr-unscoped.ts';
import { credentialsExposure } from './rules/credentials-exposure.ts';
import { dateEpochValue } from './rules/date-epoch-value.ts';
import { emptySid } from './rules/empty-sid.ts';
import { emptyValue } from './rules/empty-value.ts';
import { federatedPrincipalUnsupported } from './rules/federated-principal-unsupported.ts';
import { forAllValuesSingleValued } from './rules/forallvalues-single-valued.ts';
import { forAnyValueSingleValued } from './rules/foranyvalue-single-valued.ts';
import { githubSubBroad } from './rules/github-sub-broad.ts';
import { invalidAction } from './rules/invalid-action.ts';
import { invalidArn } from './rules/invalid-arn.ts';
import { invalidPrincipal } from './rules/invalid-principal.ts';
import { ipHostBits } from './rules/ip-host-bits.ts';
import { ipRangeMergeable } from './rules/ip-range-mergeable.ts';
import { ipRangeRedundant } from './rules/ip-range-redundant.ts';
import { irrelevantConditionKey } from './rules/irrelevant-condition-key.ts';
import { mfaAllowBool } from './rules/mfa-allow-bool.ts';
import { mfaDenyBool } from './rules/mfa-deny-bool.ts';
import { missingActionForKey } from './rules/missing-action-for-key.ts';
import { missingPairedKey } from './rules/missing-paired-key.ts';
import { missingPrincipal } from './rules/missing-principal.ts';
import { missingQualifier } from './rules/missing-qualifier.ts';
import { missingResource } from './rules/missing-resource.ts';
import { missingTagKey } from './rules/missing-tag-key.ts';
import { nullIfExists } from './rules/null-if-exists.ts';
import { nullWithQualifier } from './rules/null-with-qualifier.ts';
import { numericValuesRedundant } from './rules/numeric-values-redundant.ts';
import { oidcMissingCondition } from './rules/oidc-missing-condition.ts';
import { passRoleUnscoped } from './rules/passrole-unscoped.ts';
import { permissionsManagement } from './rules/permissions-management.ts';
import { policySize } from './rules/policy-size.ts';
import { principalUniqueId } from './rules/principal-unique-id.ts';
import { privateIp, privateIpSubset } from './rules/private-ip.ts';
import { privilegeEscalation } from './rules/privilege-escalation.ts';
import { publicAccess } from './rules/public-access.ts';
import { rcpSyntax } from './rules/rcp-syntax.ts';
import { redundantAction } from './rules/redundant-action.ts';
import { redundantResource } from './rules/redundant-resource.ts';
import { redundantStatement } from './rules/redundant-statement.ts';
import { resourceInTrustPolicy } from './rules/resource-in-trust-policy.ts';
import { resourceEffectivelyStar } from './rules/resource-effectively-star.ts';
import { resourcePolicyEscalation } from './rules/resource-policy-escalation.ts';
import { resourceShareExternal } from './rules/resource-share-external.ts';
import { rolesAnywhereActions } from './rules/roles-anywhere-actions.ts';
import { servicePrincipalOrgKey } from './rules/service-principal-org-key.ts';
import { servicePrincipalSource } from './rules/service-principal-source.ts';
import { sidCharacters } from './rules/sid-characters.ts';
import { trustActionMismatch } from './rules/trust-action-mismatch.ts';
import { trustNotPrincipal } from './rules/trust-not-principal.ts';
import { trustRedundantPrincipal } from './rules/trust-redundant-principal.ts';
import { typeMismatch } from './rules/type-mismatch.ts';
import { unknownAction } from './rules/unknown-action.ts';
import { unknownConditionKey } from './rules/unknown-condition-key.ts';
import { unknownRegion } from './rules/unknown-region.ts';
import { unknownService } from './rules/unknown-service.ts';
import { unsupportedActionInPolicy } from './rules/unsupported-action-in-policy.ts';
import { unsupportedConditionKey } from './rules/unsupported-condition-key.ts';
import { unsupportedPrincipal } from './rules/unsupported-principal.ts';
import { unsupportedResource } from './rules/unsupported-resource.ts';
import { unsupportedTagKey } from './rules/unsupported-tag-key.ts';
import { variableOldVersion } from './rules/variable-old-version.ts';
import { variableSyntax } from './rules/variable-syntax.ts';
import { variableUnsupported } from './rules/variable-unsupported.ts';
import { vpcIdFormat } from './rules/vpc-id-format.ts';
import { wildcardAction } from './rules/wildcard-action.ts';
import { wildcardResource } from './rules/wildcard-resource.ts';
import { wildcardServiceName } from './rules/wildcard-service-name.ts';
import { wildcardWithoutLike } from './rules/wildcard-without-like.ts';

/** Every rule, errors first; the order only matters for readers: findings are sorted by span. */
export const LINT_RULES: readonly LintRule[] = [
  invalidAction,
  invalidArn,
  invalidPrincipal,
  unsupportedPrincipal,
  missingPrincipal,
  missingResource,
  resourceInTrustPolicy,
  trustNotPrincipal,
  federatedPrincipalUnsupported,
  trustActionMismatch,
  rolesAnywhereActions,
  missingActionForKey,
  rcpSyntax,
  policySize,
  servicePrincipalOrgKey,
  conditionValueType,
  nullIfExists,
  conditionKeyFormat,
  missingQualifier,
  boolMultipleValues,
  variableSyntax,
  variableUnsupported,
  variableOldVersion,
  missingTagKey,
  privateIp,
  vpcIdFormat,
  unknownRegion,
  sidCharacters,
  unknownService,
  unknownAction,
  arnSegments,
  unsupportedResource,
  unsupportedActionInPolicy,
  unknownConditionKey,
  unsupportedConditionKey,
  passRoleUnscoped,
  createSlrUnscoped,
  forAllValuesSingleValued,
  forAnyValueSingleValued,
  missingPairedKey,
  oidcMissingCondition,
  publicAccess,
  servicePrincipalSource,
  privilegeEscalation,
  resourcePolicyEscalation,
  resourceShareExternal,
  credentialsExposure,
  unsupportedTagKey,
  wildcardAction,
  wildcardResource,
  resourceEffectivelyStar,
  permissionsManagement,
  allowWithNotResource,
  wildcardWithoutLike,
  typeMismatch,
  dateEpochValue,
  mfaDenyBool,
  mfaAllowBool,
  conditionNeverTrue,
  githubSubBroad,
  principalUniqueId,
  redundantAction,
  redundantResource,
  redundantStatement,
  trustRedundantPrincipal,
  irrelevantConditionKey,
  audienceQualifier,
  emptyValue,
  emptySid,
  wildcardServiceName,
  ipHostBits,
  ipRangeRedundant,
  ipRangeMergeable,
  nullWithQualifier,
  numericValuesRedundant,
  privateIpSubset,
];

/** Every code lint can report, parse problems aside: for settings that hide a code. */
export const LINT_CODES: readonly string[] = LINT_RULES.map((rule) => rule.code);
