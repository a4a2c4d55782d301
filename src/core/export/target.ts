import { parsePolicy } from '../policy/parse.ts';
import type { Statement } from '../policy/model.ts';
import type { ScenarioPolicy } from '../scenario/model.ts';
import * as identifiers from './identifiers.ts';

/** An export's text, or why the policy cannot be exported in that format. */
export type ExportText = { text: string } | { unavailable: string };

export interface IamHolder {
  kind: 'user' | 'role';
  name: string;
}

/** Where a policy of one of these kinds goes; `identifier` names it when the policy says. */
export type AttachedKind =
  'role-trust' | 's3-bucket' | 'sqs-queue' | 'sns-topic' | 'kms-key' | 'session' | 'vpc-endpoint';

export type OrganizationsPolicyType = 'SERVICE_CONTROL_POLICY' | 'RESOURCE_CONTROL_POLICY';

/** What deploying the policy means: which resource holds it, and where. */
export type ExportTarget =
  | { kind: 'managed-policy' }
  | { kind: 'permissions-boundary'; holders: IamHolder[] }
  | { kind: 'organizations'; policyType: OrganizationsPolicyType }
  | { kind: AttachedKind; identifier: string | undefined }
  | { kind: 'not-exportable'; reason: string };

const RESOURCE_POLICY_KINDS: Record<string, AttachedKind> = {
  s3: 's3-bucket',
  sqs: 'sqs-queue',
  sns: 'sns-topic',
  kms: 'kms-key',
};

const IDENTIFIER_READERS: Record<AttachedKind, (text: string) => string | undefined> = {
  'role-trust': (arn) => {
    const holder = identifiers.iamHolderOf(arn);
    return holder?.kind === 'role' ? holder.name : undefined;
  },
  's3-bucket': identifiers.bucketNameOf,
  'sqs-queue': identifiers.queueUrlOf,
  'sns-topic': identifiers.topicArnOf,
  'kms-key': identifiers.keyIdOf,
  session: identifiers.roleArnOf,
  'vpc-endpoint': identifiers.endpointIdOf,
};

function resourceEntries(statements: Statement[]): string[] {
  return statements.flatMap((statement) =>
    statement.resource && !statement.resource.negated
      ? statement.resource.entries.map((entry) => entry.value)
      : [],
  );
}

function actionServices(statements: Statement[]): string[] {
  return statements.flatMap((statement) =>
    statement.action && !statement.action.negated
      ? statement.action.entries.flatMap((entry) => {
          const [service = '', name] = entry.value.toLowerCase().split(':');
          return name === undefined ? [] : [service];
        })
      : [],
  );
}

/**
 * The service a resource policy belongs to: read from the ARNs it is attached to and names, or
 * when it names none (a KMS key policy's `"Resource": "*"`), from its actions.
 */
function resourcePolicyTarget(arns: string[], statements: Statement[]): ExportTarget {
  const fromArns = new Set(arns.flatMap((arn) => identifiers.arnService(arn) ?? []));
  const services = [...(fromArns.size > 0 ? fromArns : new Set(actionServices(statements)))];
  const [service] = services;
  if (services.length > 1) {
    return {
      kind: 'not-exportable',
      reason: `This resource policy names resources of several services (${services.join(', ')}); a resource policy belongs to one resource.`,
    };
  }
  const kind = service === undefined ? undefined : RESOURCE_POLICY_KINDS[service];
  if (kind === undefined) {
    return {
      kind: 'not-exportable',
      reason: `Resource policies are exported for S3 buckets, SQS queues, SNS topics and KMS keys; this one is ${service === undefined ? 'for no service the policy names' : `for ${service}`}.`,
    };
  }
  return { kind, identifier: identifiers.firstOf(arns, IDENTIFIER_READERS[kind]) };
}

function attached(kind: AttachedKind, texts: string[]): ExportTarget {
  return { kind, identifier: identifiers.firstOf(texts, IDENTIFIER_READERS[kind]) };
}

/** Where the policy is deployed, by its type (and for a resource policy, its resources). */
export function exportTarget(policy: ScenarioPolicy): ExportTarget {
  const attachedTo = policy.attachedTo ?? [];
  switch (policy.type) {
    case 'identity':
      return { kind: 'managed-policy' };
    case 'permissions-boundary':
      return {
        kind: 'permissions-boundary',
        holders: attachedTo.flatMap((arn) => identifiers.iamHolderOf(arn) ?? []),
      };
    case 'scp':
      return { kind: 'organizations', policyType: 'SERVICE_CONTROL_POLICY' };
    case 'rcp':
      return { kind: 'organizations', policyType: 'RESOURCE_CONTROL_POLICY' };
    case 'trust':
      return attached('role-trust', attachedTo);
    case 'session':
      return attached('session', attachedTo);
    case 'vpc-endpoint':
      return attached('vpc-endpoint', attachedTo);
    case 'resource': {
      const statements = parsePolicy(policy.document).policy.statements;
      return resourcePolicyTarget([...attachedTo, ...resourceEntries(statements)], statements);
    }
  }
}
