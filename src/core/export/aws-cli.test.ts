import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { SCENARIO_FORMAT, type ScenarioPolicy, type ScenarioRequest } from '../scenario/model.ts';
import { toAwsCli } from './aws-cli.ts';
import { policyWith, KEY_POLICY, POLICY_OF_TYPE, QUEUE_POLICY, TOPIC_POLICY } from './fixtures.ts';
import { toSimulateCustomPolicyCommand } from './simulate-command.ts';

// Commands and options from the AWS CLI reference,
// https://docs.aws.amazon.com/cli/latest/reference/<service>/<command>.html.

/** What `$(aws ...)` gives in the scripts run here. */
const OUTPUT = 'stub-output';

/**
 * Runs a script in a POSIX shell with `aws` replaced by a function that records its arguments:
 * the calls the script makes, each as the argument list the AWS CLI would get.
 */
function awsCalls(script: string): string[][] {
  const stub = `aws() { printf '%s\\0' "$@" >&2; printf '\\036' >&2; printf '${OUTPUT}'; }`;
  // Given on standard input: a single argument may not exceed 128 KiB on Linux.
  const result = spawnSync('sh', ['-s'], { input: `${stub}\n${script}`, encoding: 'utf8' });
  expect(result.status).toBe(0);
  return result.stderr
    .split('\x1e')
    .slice(0, -1)
    .map((call) => call.split('\0').slice(0, -1));
}

function script(policy: ScenarioPolicy): string {
  const result = toAwsCli(policy);
  if (!('text' in result)) throw new Error(result.unavailable);
  return result.text;
}

function callsOf(policy: ScenarioPolicy): string[][] {
  return awsCalls(script(policy));
}

describe('toAwsCli', () => {
  it('creates an identity policy as a managed policy, its document through the shell unchanged', () => {
    const document = `{"Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::home/\${aws:username}/*", "Condition": {"StringLike": {"s3:prefix": "it's %{weird}"}}}]}`;
    const calls = callsOf({ id: 'home', name: 'Home folder (read)', type: 'identity', document });
    expect(calls).toEqual([
      ['iam', 'create-policy', '--policy-name', 'Home-folder-read', '--policy-document', document],
    ]);
  });

  it('breaks each command an option a line', () => {
    for (const line of script(POLICY_OF_TYPE.trust).split('\n')) {
      if (line.startsWith('aws ') || line.startsWith('  --')) expect(line).toMatch(/ \\$|"$/);
    }
    expect(script(POLICY_OF_TYPE.identity)).toContain(
      "aws iam create-policy \\\n  --policy-name 'Read-reports' \\\n  --policy-document '{",
    );
  });

  it('creates a role with a trust policy, or gives it to the role that exists', () => {
    const { document } = POLICY_OF_TYPE.trust;
    expect(callsOf(POLICY_OF_TYPE.trust)).toEqual([
      ['iam', 'create-role', '--role-name', 'Deploy', '--assume-role-policy-document', document],
      ['iam', 'update-assume-role-policy', '--role-name', 'Deploy', '--policy-document', document],
    ]);
  });

  it('creates an SCP or RCP with its type and attaches it to the target the user names', () => {
    for (const [type, organizationsType] of [
      ['scp', 'SERVICE_CONTROL_POLICY'],
      ['rcp', 'RESOURCE_CONTROL_POLICY'],
    ] as const) {
      const policy = POLICY_OF_TYPE[type];
      const name = policy.name ?? '';
      expect(callsOf(policy)).toEqual([
        [
          'organizations',
          'create-policy',
          '--name',
          name,
          '--description',
          name,
          '--type',
          organizationsType,
          '--content',
          policy.document,
          '--query',
          'Policy.PolicySummary.Id',
          '--output',
          'text',
        ],
        ['organizations', 'attach-policy', '--policy-id', OUTPUT, '--target-id', '<target-id>'],
      ]);
    }
  });

  it.each([
    [
      POLICY_OF_TYPE.resource,
      ['s3api', 'put-bucket-policy', '--bucket', 'amzn-s3-demo-bucket', '--policy'],
    ],
    [
      TOPIC_POLICY,
      [
        'sns',
        'set-topic-attributes',
        '--topic-arn',
        'arn:aws:sns:us-east-2:111122223333:Alerts',
        '--attribute-name',
        'Policy',
        '--attribute-value',
      ],
    ],
    [
      KEY_POLICY,
      ['kms', 'put-key-policy', '--key-id', '<key-id>', '--policy-name', 'default', '--policy'],
    ],
    [
      POLICY_OF_TYPE['vpc-endpoint'],
      ['ec2', 'modify-vpc-endpoint', '--vpc-endpoint-id', 'vpce-1a2b3c4d', '--policy-document'],
    ],
    [
      POLICY_OF_TYPE.session,
      [
        'sts',
        'assume-role',
        '--role-arn',
        '<role-arn>',
        '--role-session-name',
        'Read-only-session',
        '--policy',
      ],
    ],
  ])('sets the policy where its type puts it: %#', (policy, command) => {
    expect(callsOf(policy)).toEqual([[...command, policy.document]]);
  });

  it('sets a queue policy as the Policy attribute, a JSON string in the attributes map', () => {
    const [call] = callsOf(QUEUE_POLICY);
    expect(call?.slice(0, 5)).toEqual([
      'sqs',
      'set-queue-attributes',
      '--queue-url',
      'https://sqs.us-east-2.amazonaws.com/111122223333/Orders',
      '--attributes',
    ]);
    expect(JSON.parse(call?.[5] ?? '')).toEqual({ Policy: QUEUE_POLICY.document });
  });

  it('creates a permissions boundary, then sets it on each role or user it is attached to', () => {
    const policy = {
      ...POLICY_OF_TYPE['permissions-boundary'],
      attachedTo: ['arn:aws:iam::111122223333:user/alice', 'arn:aws:iam::111122223333:role/Build'],
    };
    expect(callsOf(policy)).toEqual([
      [
        'iam',
        'create-policy',
        '--policy-name',
        'Developer-boundary',
        '--policy-document',
        policy.document,
        '--query',
        'Policy.Arn',
        '--output',
        'text',
      ],
      [
        'iam',
        'put-user-permissions-boundary',
        '--user-name',
        'alice',
        '--permissions-boundary',
        OUTPUT,
      ],
      [
        'iam',
        'put-role-permissions-boundary',
        '--role-name',
        'Build',
        '--permissions-boundary',
        OUTPUT,
      ],
    ]);
    const unattached = callsOf(POLICY_OF_TYPE['permissions-boundary']);
    expect(unattached[1]).toEqual([
      'iam',
      'put-role-permissions-boundary',
      '--role-name',
      '<role-name>',
      '--permissions-boundary',
      OUTPUT,
    ]);
  });

  it('links each command the script runs to its reference page, first', () => {
    const lines = script(POLICY_OF_TYPE.scp).split('\n');
    expect(lines.slice(0, 2)).toEqual([
      '# aws organizations create-policy: https://docs.aws.amazon.com/cli/latest/reference/organizations/create-policy.html',
      '# aws organizations attach-policy: https://docs.aws.amazon.com/cli/latest/reference/organizations/attach-policy.html',
    ]);
  });
});

/** The options of one call, each with the values after it. */
function optionsOf(call: string[] | undefined): Map<string, string[]> {
  const options = new Map<string, string[]>();
  let values: string[] = [];
  for (const word of call?.slice(2) ?? []) {
    if (word.startsWith('--')) options.set(word, (values = []));
    else values.push(word);
  }
  return options;
}

const ALICE = 'arn:aws:iam::111122223333:user/alice';

function simulate(policies: ScenarioPolicy[], request: Partial<ScenarioRequest> = {}): string {
  return toSimulateCustomPolicyCommand(
    { format: SCENARIO_FORMAT, policies, requests: [] },
    {
      principal: ALICE,
      action: 's3:GetObject',
      resource: 'arn:aws:s3:::amzn-s3-demo-bucket/report.csv',
      ...request,
    },
  );
}

function simulatedOptions(policies: ScenarioPolicy[], request: Partial<ScenarioRequest> = {}) {
  const calls = awsCalls(simulate(policies, request));
  expect(calls.map((call) => call.slice(0, 2))).toEqual([['iam', 'simulate-custom-policy']]);
  return optionsOf(calls[0]);
}

const parsedAll = (texts: string[] | undefined) =>
  (texts ?? []).map((text) => JSON.parse(text) as unknown);

describe('toSimulateCustomPolicyCommand', () => {
  it('carries the request, typed context entries and the resource policy with the IAM user as caller', () => {
    const identity = POLICY_OF_TYPE.identity;
    const bucket = POLICY_OF_TYPE.resource;
    const options = simulatedOptions([identity, bucket], {
      context: { 'aws:SourceIp': '203.0.113.7', 'aws:TagKeys': ['a', 'b'] },
      resourceAccount: '111122223333',
    });
    expect(parsedAll(options.get('--policy-input-list'))).toEqual([JSON.parse(identity.document)]);
    expect(parsedAll(options.get('--resource-policy'))).toEqual([JSON.parse(bucket.document)]);
    expect(options.get('--caller-arn')).toEqual([ALICE]);
    expect(options.get('--action-names')).toEqual(['s3:GetObject']);
    expect(options.get('--resource-arns')).toEqual(['arn:aws:s3:::amzn-s3-demo-bucket/report.csv']);
    expect(options.get('--resource-owner')).toEqual(['arn:aws:iam::111122223333:root']);
    expect(parsedAll(options.get('--context-entries'))).toEqual([
      [
        { ContextKeyName: 'aws:SourceIp', ContextKeyValues: ['203.0.113.7'], ContextKeyType: 'ip' },
        {
          ContextKeyName: 'aws:TagKeys',
          ContextKeyValues: ['a', 'b'],
          ContextKeyType: 'stringList',
        },
      ],
    ]);
  });

  it('passes the identity policies and boundaries that apply to the principal, each a value', () => {
    const mine = { ...POLICY_OF_TYPE.identity, id: 'mine', attachedTo: [ALICE] };
    const everyones = { ...POLICY_OF_TYPE.identity, id: 'everyone' };
    const bobs = {
      ...POLICY_OF_TYPE.identity,
      id: 'bob',
      attachedTo: ['arn:aws:iam::111122223333:user/bob'],
    };
    const boundary = POLICY_OF_TYPE['permissions-boundary'];
    const options = simulatedOptions([mine, bobs, everyones, boundary]);
    expect(options.get('--policy-input-list')).toHaveLength(2);
    expect(parsedAll(options.get('--permissions-boundary-policy-input-list'))).toEqual([
      JSON.parse(boundary.document),
    ]);
  });

  it('names every policy the API cannot take, instead of dropping it silently', () => {
    const secondBucket = { ...POLICY_OF_TYPE.resource, id: 'second', name: 'Second bucket' };
    const text = simulate([...Object.values(POLICY_OF_TYPE), secondBucket]);
    const notes = text.split('\n').filter((line) => line.startsWith('#   - '));
    expect(notes).toEqual([
      '#   - "Trust EC2", a trust policy: the API takes no role trust policy',
      '#   - "Read-only session", a session policy: the API takes no scope-down policy',
      '#   - "Region guardrail", an SCP: the API takes no SCP text (it applies those of your own organization, if any)',
      '#   - "Only TLS", an RCP: the API takes no resource control policy',
      '#   - "S3 endpoint", a VPC endpoint policy: the API takes no endpoint policy',
      '#   - "Second bucket", a resource policy: the API takes only one',
    ]);
  });

  it('leaves out a resource policy when the caller is not an IAM user, and says so', () => {
    const role = 'arn:aws:sts::111122223333:assumed-role/Reader/alice';
    const text = simulate([POLICY_OF_TYPE.identity, POLICY_OF_TYPE.resource], { principal: role });
    expect(text).toContain(
      '#   - "Reports bucket", a resource policy: the API simulates one only for an IAM user as the caller',
    );
    const options = optionsOf(awsCalls(text)[0]);
    expect(options.has('--resource-policy')).toBe(false);
    expect(options.has('--caller-arn')).toBe(false);
  });

  it('breaks a large command like a person would: an option a line, the JSON pretty but compact', () => {
    const statements = Array.from(
      { length: 1000 },
      (_, index) =>
        `{"Sid": "S${index}", "Effect": "Allow", "Action": ["s3:GetObject", "s3:PutObject"], "Resource": "arn:aws:s3:::bucket-${index}/*"}`,
    );
    const large = {
      ...POLICY_OF_TYPE.identity,
      document: policyWith(statements.join(',\n    ')),
    };
    const text = simulate([large]);
    const lines = text.split('\n');
    expect(Math.max(...lines.map((line) => line.length))).toBeLessThanOrEqual(120);
    expect(lines.filter((line) => /^ {2}--/.test(line)).map((line) => line.split(' ')[2])).toEqual([
      '--policy-input-list',
      '--action-names',
      '--resource-arns',
    ]);
    expect(text).toContain(
      '\n        {\n          "Sid": "S0",\n          "Effect": "Allow",\n          "Action": ["s3:GetObject", "s3:PutObject"],\n',
    );
    expect(parsedAll(optionsOf(awsCalls(text)[0]).get('--policy-input-list'))).toEqual([
      JSON.parse(large.document),
    ]);
  });

  it('keeps a name with a line break inside its comment', () => {
    const scp = { ...POLICY_OF_TYPE.scp, name: 'two\nlines; aws iam delete-user' };
    const text = simulate([POLICY_OF_TYPE.identity, scp]);
    expect(text).toContain('#   - "two lines; aws iam delete-user", an SCP');
    expect(awsCalls(text)).toHaveLength(1);
  });
});
