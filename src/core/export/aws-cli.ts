import type { ScenarioPolicy } from '../scenario/model.ts';
import { iamPolicyNameFrom } from './names.ts';
import { missingValue, PLACEHOLDERS, shellName } from './placeholders.ts';
import {
  cliReference,
  shellAssignment,
  shellCommand,
  shellQuote,
  type ShellOption,
} from './shell.ts';
import { exportTarget, type AttachedKind, type ExportText, type IamHolder } from './target.ts';

// Commands and options from the AWS CLI reference, linked from each script's first lines.

type CommandKind = Exclude<AttachedKind, 'role-trust'>;

/** Each attached kind's command: the option naming where the policy goes, and the policy's. */
const ATTACHED_COMMANDS: Record<
  CommandKind,
  { command: string; target: string; policy(document: string, name: string): ShellOption[] }
> = {
  's3-bucket': {
    command: 'aws s3api put-bucket-policy',
    target: '--bucket',
    policy: (document) => [['--policy', shellQuote(document)]],
  },
  'sqs-queue': {
    command: 'aws sqs set-queue-attributes',
    target: '--queue-url',
    // The Policy attribute is the policy as a JSON string inside the attributes' JSON map.
    policy: (document) => [['--attributes', shellQuote(JSON.stringify({ Policy: document }))]],
  },
  'sns-topic': {
    command: 'aws sns set-topic-attributes',
    target: '--topic-arn',
    policy: (document) => [
      ['--attribute-name', 'Policy'],
      ['--attribute-value', shellQuote(document)],
    ],
  },
  'kms-key': {
    command: 'aws kms put-key-policy',
    target: '--key-id',
    // "The only valid value is default" (put-key-policy, --policy-name).
    policy: (document) => [
      ['--policy-name', 'default'],
      ['--policy', shellQuote(document)],
    ],
  },
  session: {
    command: 'aws sts assume-role',
    target: '--role-arn',
    policy: (document, name) => [
      ['--role-session-name', shellQuote(iamPolicyNameFrom(name, 'session').slice(0, 64))],
      ['--policy', shellQuote(document)],
    ],
  },
  'vpc-endpoint': {
    command: 'aws ec2 modify-vpc-endpoint',
    target: '--vpc-endpoint-id',
    policy: (document) => [['--policy-document', shellQuote(document)]],
  },
};

const COMMAND = /(?:^|\$\()(aws [a-z0-9-]+ [a-z0-9-]+) \\$/gm;

/** A comment line for each command the script runs, with its reference page. */
function references(body: string): string[] {
  const commands = new Set(Array.from(body.matchAll(COMMAND), (match) => match[1] ?? ''));
  return [...commands].map((command) => `# ${command}: ${cliReference(command)}`);
}

/** The placeholder's shell variable, set to the value the policy gives or to one to replace. */
function placeholderVariable(kind: AttachedKind, identifier: string | undefined): string {
  const { name, description } = PLACEHOLDERS[kind];
  const comment = identifier === undefined ? `${description}: replace the value` : description;
  return shellAssignment(shellName(name), identifier ?? missingValue(name), comment);
}

function createPolicy(name: string, document: string, output: ShellOption[] = []): string {
  return shellCommand('aws iam create-policy', [
    ['--policy-name', shellQuote(iamPolicyNameFrom(name, 'policy'))],
    ['--policy-document', shellQuote(document)],
    ...output,
  ]);
}

function putBoundary(holder: IamHolder | undefined): string {
  const kind = holder?.kind ?? 'role';
  const name = holder ? shellQuote(holder.name) : '"$ROLE_NAME"';
  return shellCommand(`aws iam put-${kind}-permissions-boundary`, [
    [`--${kind}-name`, name],
    ['--permissions-boundary', '"$BOUNDARY_ARN"'],
  ]);
}

function boundary(name: string, document: string, holders: IamHolder[]): string[] {
  const create = createPolicy(name, document, [
    ['--query', 'Policy.Arn'],
    ['--output', 'text'],
  ]);
  const setters =
    holders.length > 0
      ? holders.map(putBoundary)
      : [
          shellAssignment(
            'ROLE_NAME',
            missingValue('role_name'),
            'The role it limits: replace the value (for a user, put-user-permissions-boundary --user-name)',
          ),
          putBoundary(undefined),
        ];
  return [
    '# A permissions boundary grants nothing: it is a managed policy that a role or user names as its boundary.',
    `BOUNDARY_ARN=$(${create})`,
    ...setters,
  ];
}

function organizations(name: string, type: string, document: string): string[] {
  const create = shellCommand('aws organizations create-policy', [
    ['--name', shellQuote(name)],
    ['--description', shellQuote(name)],
    ['--type', type],
    ['--content', shellQuote(document)],
    ['--query', 'Policy.PolicySummary.Id'],
    ['--output', 'text'],
  ]);
  return [
    shellAssignment(
      'TARGET_ID',
      missingValue('target_id'),
      'The root (r-...), organizational unit (ou-...) or account to attach it to: replace the value',
    ),
    `POLICY_ID=$(${create})`,
    shellCommand('aws organizations attach-policy', [
      ['--policy-id', '"$POLICY_ID"'],
      ['--target-id', '"$TARGET_ID"'],
    ]),
  ];
}

function trust(document: string, roleName: string | undefined): string[] {
  return [
    placeholderVariable('role-trust', roleName),
    `TRUST_POLICY=${shellQuote(document)}`,
    '# Either make the role with this trust policy,',
    shellCommand('aws iam create-role', [
      ['--role-name', '"$ROLE_NAME"'],
      ['--assume-role-policy-document', '"$TRUST_POLICY"'],
    ]),
    '# or give the role that exists this trust policy.',
    shellCommand('aws iam update-assume-role-policy', [
      ['--role-name', '"$ROLE_NAME"'],
      ['--policy-document', '"$TRUST_POLICY"'],
    ]),
  ];
}

function attachedCommand(
  kind: CommandKind,
  name: string,
  document: string,
  identifier: string | undefined,
): string[] {
  const { command, target, policy } = ATTACHED_COMMANDS[kind];
  const variable = `"$${shellName(PLACEHOLDERS[kind].name)}"`;
  return [
    placeholderVariable(kind, identifier),
    shellCommand(command, [[target, variable], ...policy(document, name)]),
  ];
}

function script(policy: ScenarioPolicy): string[] | string {
  const name = policy.name ?? policy.id;
  const document = policy.document;
  const target = exportTarget(policy);
  switch (target.kind) {
    case 'managed-policy':
      return [createPolicy(name, document)];
    case 'permissions-boundary':
      return boundary(name, document, target.holders);
    case 'organizations':
      return organizations(name, target.policyType, document);
    case 'role-trust':
      return trust(document, target.identifier);
    case 'not-exportable':
      return target.reason;
    default:
      return attachedCommand(target.kind, name, document, target.identifier);
  }
}

/** The AWS CLI commands that deploy the policy where its type puts it, its text as written. */
export function toAwsCli(policy: ScenarioPolicy): ExportText {
  const lines = script(policy);
  if (typeof lines === 'string') return { unavailable: lines };
  const body = lines.join('\n');
  return { text: `${[...references(body), body].join('\n')}\n` };
}
