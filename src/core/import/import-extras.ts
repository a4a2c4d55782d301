import { attachBucketPolicy, bucketNameProblem, isBucketPolicyOutput } from './bucket-policy.ts';
import type { FoundPolicies } from './found.ts';
import {
  placeOrganizationsPolicies,
  readEntityPath,
  readPolicyTargets,
  type PolicyTarget,
} from './organization-targets.ts';

/** What the import dialog asks beside an SCP, an RCP or a bucket policy. */
export interface ImportExtras {
  /** The bucket a get-bucket-policy output is the policy of. */
  bucket: string;
  /** `aws organizations list-targets-for-policy` output; empty to leave SCPs and RCPs at level 0. */
  targets: string;
  /** The account's entity path; needed unless every target is a root. */
  entityPath: string;
  /** The account open in the workspace. */
  accountId: string | undefined;
}

export const hasOrganizationsPolicy = (found: FoundPolicies) =>
  found.policies.some((policy) => policy.type === 'scp' || policy.type === 'rcp');

type Extended = { found: FoundPolicies } | { problem: string };

function placed(found: FoundPolicies, extras: ImportExtras): Extended {
  const read = readPolicyTargets(extras.targets);
  if ('problem' in read) return read;
  const { accountId } = extras;
  if (accountId === undefined) {
    return {
      problem:
        'Where an SCP or RCP is attached matters to an account: open a get-account-authorization-details output as an account first, then import the policy into it',
    };
  }
  const onlyRoots = read.targets.every((target: PolicyTarget) => target.type === 'ROOT');
  if (extras.entityPath.trim() === '' && onlyRoots) {
    return { found: placeOrganizationsPolicies(found, read.targets, [], accountId) };
  }
  if (extras.entityPath.trim() === '') {
    return {
      problem: `Give the entity path of account ${accountId} to know which of these targets are above it`,
    };
  }
  const path = readEntityPath(extras.entityPath, accountId);
  if ('problem' in path) return path;
  return { found: placeOrganizationsPolicies(found, read.targets, path.units, accountId) };
}

function allowsSomething(document: string): boolean {
  const parsed = JSON.parse(document) as { Statement?: unknown };
  const statements: unknown[] = Array.isArray(parsed.Statement)
    ? parsed.Statement
    : [parsed.Statement];
  return statements.some(
    (statement) => (statement as { Effect?: unknown } | undefined)?.Effect === 'Allow',
  );
}

/**
 * An SCP with no Allow, alone at its level, denies everything there: each level needs an SCP
 * that allows, which FullAWSAccess is unless it was detached
 * (https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_evaluation.html).
 */
function denyOnlyNotes(found: FoundPolicies): FoundPolicies {
  const notes = found.policies
    .filter((policy) => policy.type === 'scp' && !allowsSomething(policy.document))
    .map(
      (policy) =>
        `${policy.name} has no Allow: import the SCPs that allow at level ${policy.level ?? 0} too (FullAWSAccess unless it was detached), or every action there is denied`,
    );
  return notes.length === 0 ? found : { ...found, notes: [...found.notes, ...notes] };
}

/**
 * The policies of `found` with what the dialog was told beside them: a bucket policy attached to
 * its bucket, SCPs and RCPs at the levels their targets are above the account. Or what is
 * missing or wrong, for the dialog to say.
 */
export function withImportExtras(found: FoundPolicies, extras: ImportExtras): Extended {
  let result = found;
  if (isBucketPolicyOutput(found)) {
    const bucket = extras.bucket.trim();
    if (bucket === '') {
      return {
        problem: 'Name the bucket: get-bucket-policy output does not say which bucket it is',
      };
    }
    const problem = bucketNameProblem(bucket);
    if (problem !== undefined) return { problem: `${bucket}: ${problem}` };
    result = attachBucketPolicy(found, bucket);
  }
  if (hasOrganizationsPolicy(found) && extras.targets.trim() !== '') {
    const placedResult = placed(result, extras);
    return 'found' in placedResult ? { found: denyOnlyNotes(placedResult.found) } : placedResult;
  }
  return { found: denyOnlyNotes(result) };
}
