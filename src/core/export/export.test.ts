import { spawnSync } from 'node:child_process';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { SCENARIO_FORMAT, type Scenario, type ScenarioPolicy } from '../scenario/model.ts';
import { toCreatePolicyCommand, toSimulateCustomPolicyCommand } from './aws-cli.ts';
import { toCloudFormation } from './cloudformation.ts';
import { toTerraform } from './terraform.ts';

const DOCUMENT = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "OwnHome",
      "Effect": "Allow",
      "Action": "s3:GetObject",
      "Resource": "arn:aws:s3:::home/\${aws:username}/*",
      "Condition": { "StringLike": { "s3:prefix": "it's %{weird}" } }
    }
  ]
}`;

const policy: ScenarioPolicy = {
  id: 'home',
  name: 'Home folder (read)',
  type: 'identity',
  document: DOCUMENT,
};

/** What a POSIX shell makes of a command line: the arguments after the program name. */
function shellArguments(command: string): string[] {
  const result = spawnSync('sh', ['-c', `printf '%s\\0' ${command.replace(/^aws /, '')}`], {
    encoding: 'utf8',
  });
  return result.stdout.split('\0').slice(0, -1);
}

describe('exports', () => {
  it('Terraform keeps the text and escapes template syntax, so IAM variables stay literal', () => {
    const block = toTerraform(policy);
    expect(
      block.startsWith(
        'resource "aws_iam_policy" "Home_folder_read" {\n  name   = "Home-folder-read"',
      ),
    ).toBe(true);
    expect(block).toContain('"Resource": "arn:aws:s3:::home/$${aws:username}/*"');
    expect(block).toContain("it's %%{weird}");
    expect(block).not.toMatch(/[^$]\$\{aws/);
    const body = block
      .split('\n')
      .slice(3, -3)
      .map((line) => line.replace(/^ {4}/, ''));
    expect(
      body
        .join('\n')
        .replace(/\$\$\{/g, '${')
        .replace(/%%\{/g, '%{'),
    ).toBe(DOCUMENT);
  });

  it('Terraform picks a heredoc marker that no line of the policy equals', () => {
    const block = toTerraform({ ...policy, document: '{\n"Id": "x"\n}\nPOLICY' });
    expect(block).toContain('<<-POLICY1');
  });

  it('CloudFormation YAML holds the same policy document', () => {
    const yaml = toCloudFormation(policy);
    const template = parse(yaml ?? '') as {
      Resources: Record<
        string,
        { Type: string; Properties: { PolicyDocument: unknown; ManagedPolicyName: string } }
      >;
    };
    const resource = template.Resources.Homefolderread;
    expect(resource?.Type).toBe('AWS::IAM::ManagedPolicy');
    expect(resource?.Properties.PolicyDocument).toEqual(JSON.parse(DOCUMENT));
    expect(toCloudFormation({ ...policy, document: '{ // comment\n}' })).toBeUndefined();
  });

  it('create-policy passes the document through the shell unchanged', () => {
    const args = shellArguments(toCreatePolicyCommand(policy));
    expect(args).toEqual([
      'iam',
      'create-policy',
      '--policy-name',
      'Home-folder-read',
      '--policy-document',
      DOCUMENT,
    ]);
  });

  it('simulate-custom-policy carries the request, typed context entries and the resource policy', () => {
    const scenario: Scenario = {
      format: SCENARIO_FORMAT,
      policies: [
        policy,
        { id: 'bucket', type: 'resource', document: '{"Statement":[]}' },
        { id: 'scp', type: 'scp', level: 0, document: '{"Statement":[1]}' },
      ],
      requests: [],
    };
    const request = {
      principal: 'arn:aws:iam::111122223333:user/alice',
      action: 's3:GetObject',
      resource: 'arn:aws:s3:::home/alice/a.txt',
      context: { 'aws:SourceIp': '203.0.113.7', 'aws:TagKeys': ['a', 'b'] },
    };
    const args = shellArguments(toSimulateCustomPolicyCommand(scenario, request));
    expect(args.slice(0, 3)).toEqual(['iam', 'simulate-custom-policy', '--cli-input-json']);
    expect(JSON.parse(args[3] ?? '')).toEqual({
      PolicyInputList: [DOCUMENT],
      ActionNames: ['s3:GetObject'],
      ResourceArns: ['arn:aws:s3:::home/alice/a.txt'],
      ResourcePolicy: '{"Statement":[]}',
      CallerArn: 'arn:aws:iam::111122223333:user/alice',
      ContextEntries: [
        { ContextKeyName: 'aws:SourceIp', ContextKeyValues: ['203.0.113.7'], ContextKeyType: 'ip' },
        {
          ContextKeyName: 'aws:TagKeys',
          ContextKeyValues: ['a', 'b'],
          ContextKeyType: 'stringList',
        },
      ],
    });
  });
});
