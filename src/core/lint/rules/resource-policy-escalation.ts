import type { Statement } from '../../policy/model.ts';
import { allowStatements, grantsAccess, type LintRule } from '../context.ts';
import type { LintFinding } from '../finding.ts';
import { globCovers } from '../glob.ts';
import { coveredAmong, coversAction, entryCovering } from '../statement-match.ts';

/*
 * An action that rewrites a resource's policy, ACL or grants lets the principal write itself in:
 * it can then do on that resource what the resource's policy may allow, though the policy linted
 * here does not grant it. parliament reports this as RESOURCE_POLICY_PRIVILEGE_ESCALATION for S3
 * (s3:PutBucketPolicy allowed on a bucket whose objects the policy does not let the principal
 * read, write or delete); this rule does the same for the resource policies of other services.
 * The widened actions are those each resource policy or grant is documented to allow: a bucket
 * ACL's WRITE grant creates, overwrites and deletes objects (S3 "Access control list (ACL)
 * overview"; parliament also counts s3:GetObject, which a bucket ACL does not grant); a lifecycle
 * rule's expiration deletes objects. kms:CreateGrant conditioned on kms:GrantIsForAWSResource or
 * kms:GranteePrincipal cannot be used to grant the principal itself ("Grants in AWS KMS", "Using
 * grant constraints"), so such a statement is left alone. Not here: ram:CreateResourceShare,
 * which gives other accounts access to shareable resources, not the principal (AWS classes it
 * Write).
 */

interface Widening {
  action: string;
  /** What the action rewrites, for the message. */
  rewrites: string;
  /** The access it can give. */
  widens: string[];
  /** Condition keys that keep the principal from giving the access to itself. */
  guardedBy?: string[];
  /** The action acts on a bucket and widens access to the bucket's objects. */
  toObjects?: boolean;
}

const S3_OBJECT_ACCESS = ['s3:GetObject', 's3:PutObject', 's3:DeleteObject'];

const WIDENINGS: Widening[] = [
  {
    action: 's3:PutBucketPolicy',
    rewrites: 'bucket policy',
    widens: S3_OBJECT_ACCESS,
    toObjects: true,
  },
  {
    action: 's3:PutBucketAcl',
    rewrites: 'bucket ACL',
    widens: ['s3:PutObject', 's3:DeleteObject'],
    toObjects: true,
  },
  {
    action: 's3:PutLifecycleConfiguration',
    rewrites: 'lifecycle rules, whose expiration deletes objects',
    widens: ['s3:DeleteObject'],
    toObjects: true,
  },
  {
    action: 'lambda:AddPermission',
    rewrites: 'function policy',
    widens: ['lambda:InvokeFunction'],
  },
  {
    action: 'sns:AddPermission',
    rewrites: 'topic policy',
    widens: ['sns:Publish', 'sns:Subscribe'],
  },
  {
    action: 'sqs:AddPermission',
    rewrites: 'queue policy',
    widens: ['sqs:SendMessage', 'sqs:ReceiveMessage', 'sqs:DeleteMessage'],
  },
  { action: 'kms:PutKeyPolicy', rewrites: 'key policy', widens: ['kms:Decrypt', 'kms:Encrypt'] },
  {
    action: 'kms:CreateGrant',
    rewrites: "key's grants",
    widens: ['kms:Decrypt', 'kms:Encrypt'],
    guardedBy: ['kms:grantisforawsresource', 'kms:granteeprincipal'],
  },
  {
    action: 'secretsmanager:PutResourcePolicy',
    rewrites: "secret's policy",
    widens: ['secretsmanager:GetSecretValue'],
  },
  {
    action: 'ecr:SetRepositoryPolicy',
    rewrites: 'repository policy',
    widens: ['ecr:BatchGetImage', 'ecr:PutImage'],
  },
];

const WIDENING_ACTIONS = WIDENINGS.map((widening) => widening.action);

/** A bucket ARN (no object key) or a pattern of them; "*" counts as one. */
function isBucketPattern(resource: string): boolean {
  return resource === '*' || !resource.replace(/^arn:[^:]*:s3:::/, '').includes('/');
}

/** The resources the statement grants the widening action on, as the widened actions name them. */
function targets(statement: Statement, widening: Widening): string[] {
  const resource = statement.resource;
  if (!resource || resource.negated) return ['*'];
  const values = resource.entries.map((entry) => entry.value);
  if (!widening.toObjects) return values;
  return values.filter(isBucketPattern).map((bucket) => (bucket === '*' ? '*' : `${bucket}/*`));
}

function guarded(statement: Statement, widening: Widening): boolean {
  const keys = widening.guardedBy ?? [];
  return statement.conditions.some((block) =>
    block.keys.some((entry) => keys.includes(entry.key.toLowerCase())),
  );
}

/** An unconditional Deny of the action on every resource takes it away whatever the Allow. */
function deniedEverywhere(denies: Statement[], action: string): boolean {
  return denies.some(
    (deny) =>
      deny.conditions.length === 0 &&
      coversAction(deny, action) &&
      deny.resource?.negated === false &&
      deny.resource.entries.some((entry) => entry.value === '*'),
  );
}

function grantsOn(allows: Statement[], action: string, target: string): boolean {
  return allows.some((allow) => {
    if (!coversAction(allow, action)) return false;
    const resource = allow.resource;
    if (!resource || resource.negated) return true;
    return resource.entries.some((entry) => globCovers(entry.value, target));
  });
}

interface Found {
  action: string;
  says: string;
}

/** Each widening action the statement allows, and what it can give that the policy does not. */
function widenings(statement: Statement, allows: Statement[], denies: Statement[]): Found[] {
  const found: Found[] = [];
  const covered = coveredAmong(statement, WIDENING_ACTIONS);
  for (const widening of WIDENINGS) {
    if (!covered.includes(widening.action) || guarded(statement, widening)) continue;
    if (deniedEverywhere(denies, widening.action)) continue;
    const onto = targets(statement, widening);
    if (onto.length === 0) continue;
    const missing = widening.widens.filter(
      (action) =>
        deniedEverywhere(denies, action) ||
        !onto.every((target) => grantsOn(allows, action, target)),
    );
    if (missing.length === 0) continue;
    found.push({
      action: widening.action,
      says: `${widening.action} rewrites the ${widening.rewrites} and can give ${missing.join(', ')}`,
    });
  }
  return found;
}

export const resourcePolicyEscalation: LintRule = {
  code: 'resource-policy-escalation',
  check: ({ policy, policyType }) => {
    if (!grantsAccess(policyType)) return [];
    const allows = allowStatements(policy);
    const denies = policy.statements.filter((statement) => statement.effect === 'Deny');
    return allows.flatMap((statement): LintFinding[] => {
      const found = widenings(statement, allows, denies);
      const first = found[0];
      if (!first) return [];
      const span = entryCovering(statement, first.action)?.span ?? statement.effectSpan;
      return [
        {
          code: 'resource-policy-escalation',
          severity: 'security-warning',
          message:
            "The principal can widen its access through a resource's policy: " +
            `${found.map((item) => item.says).join('; ')}, which this policy does not grant. ` +
            'Keep these actions to administrators',
          span,
        },
      ];
    });
  },
};
