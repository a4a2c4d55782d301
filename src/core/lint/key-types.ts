import type { LintCatalog } from './catalog-port.ts';
import { lookupConditionKey } from './catalog-lookup.ts';
import { keyMatchesDocumented } from './key-names.ts';

/**
 * The types of the most used global condition keys ("AWS global condition context keys"), so that
 * type checks work before the service reference has loaded; the catalog, when given, knows all.
 */
const BUILT_IN: [string, string][] = [
  ['aws:CalledVia', 'ArrayOfString'],
  ['aws:CurrentTime', 'Date'],
  ['aws:EpochTime', 'Date'],
  ['aws:MultiFactorAuthAge', 'Numeric'],
  ['aws:MultiFactorAuthPresent', 'Bool'],
  ['aws:PrincipalAccount', 'String'],
  ['aws:PrincipalArn', 'ARN'],
  ['aws:PrincipalOrgID', 'String'],
  ['aws:PrincipalOrgPaths', 'ArrayOfString'],
  ['aws:PrincipalServiceNamesList', 'ArrayOfString'],
  ['aws:PrincipalTag/${TagKey}', 'String'],
  ['aws:PrincipalType', 'String'],
  ['aws:RequestedRegion', 'String'],
  ['aws:RequestTag/${TagKey}', 'String'],
  ['aws:ResourceAccount', 'String'],
  ['aws:ResourceOrgID', 'String'],
  ['aws:ResourceOrgPaths', 'ArrayOfString'],
  ['aws:ResourceTag/${TagKey}', 'String'],
  ['aws:SecureTransport', 'Bool'],
  ['aws:SourceAccount', 'String'],
  ['aws:SourceArn', 'ARN'],
  ['aws:SourceIp', 'IPAddress'],
  ['aws:SourceOrgID', 'String'],
  ['aws:SourceOrgPaths', 'ArrayOfString'],
  ['aws:SourceVpc', 'String'],
  ['aws:SourceVpce', 'String'],
  ['aws:TagKeys', 'ArrayOfString'],
  ['aws:TokenIssueTime', 'Date'],
  ['aws:userid', 'String'],
  ['aws:username', 'String'],
  ['aws:ViaAWSService', 'Bool'],
  ['aws:VpcSourceIp', 'IPAddress'],
];

/** The key's documented type (String, ArrayOfString, Bool ...), when known. */
export function conditionKeyType(
  key: string,
  catalog: LintCatalog | undefined,
): string | undefined {
  if (catalog) {
    const found = lookupConditionKey(catalog, key);
    if (found.kind === 'found') return found.key.type;
  }
  return BUILT_IN.find(([name]) => keyMatchesDocumented(name, key))?.[1];
}

export function isMultiValued(type: string): boolean {
  return type.startsWith('ArrayOf');
}
