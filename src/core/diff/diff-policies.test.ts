import { describe, expect, it } from 'vitest';
import { bundledCatalog, newBundledCatalog } from '../catalog/bundled.ts';
import { SCENARIO_FORMAT, type PolicyType, type Scenario } from '../scenario/model.ts';
import { diffPolicies } from './diff-policies.ts';
import { loadDiffServices } from './load-services.ts';
import type { DiffResult } from './model.ts';
import { confirmed, NOW, policy, recheck } from './test-scenarios.ts';

const ALLOW_ALL = policy({ Effect: 'Allow', Action: '*', Resource: '*' });

/** The policy alone; a trust policy with a caller whose own policies allow everything. */
function scenarioOf(document: string, type: PolicyType): Scenario {
  const policies = [{ id: 'p', type, document }];
  if (type === 'trust') policies.push({ id: 'caller', type: 'identity', document: ALLOW_ALL });
  return { format: SCENARIO_FORMAT, policies, requests: [] };
}

async function diff(old: string, next: string, type: PolicyType = 'identity'): Promise<DiffResult> {
  const catalog = bundledCatalog();
  await loadDiffServices(catalog, [old, next]);
  const result = diffPolicies(old, next, { type, now: NOW, catalog });
  const checks = recheck(result, scenarioOf(old, type), scenarioOf(next, type));
  expect(confirmed(checks), JSON.stringify(checks)).toBe(true);
  return result;
}

/** An Allow of `action` on every resource under `condition`. */
const allowWhen = (action: string, condition: object) =>
  policy({ Effect: 'Allow', Action: action, Resource: '*', Condition: condition });
const maxKeys = (operator: string, bound: string) =>
  allowWhen('s3:ListBucket', { [operator]: { 's3:max-keys': bound } });

const actionsOf = (result: DiffResult, side: 'newAccess' | 'removedAccess') =>
  result[side].flatMap((finding) => finding.actions);

describe('diffPolicies: pairs whose answer follows from the evaluation rules', () => {
  it('identical text is equivalent, with nothing to ask', async () => {
    const text = policy({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' });
    const result = await diff(text, text);
    expect(result).toMatchObject({
      result: 'equivalent',
      newAccess: [],
      removedAccess: [],
      unknown: [],
    });
    expect(result.requestsChecked).toBe(0);
  });

  it('reordered statements (and Sids, and entry order) are equivalent', async () => {
    const read = {
      Sid: 'Read',
      Effect: 'Allow',
      Action: ['s3:GetObject', 's3:ListBucket'],
      Resource: '*',
    };
    const deny = { Effect: 'Deny', Action: 's3:DeleteObject', Resource: 'arn:aws:s3:::b/*' };
    const result = await diff(
      policy(read, deny),
      policy(deny, { ...read, Sid: 'Other', Action: ['s3:ListBucket', 's3:GetObject'] }),
    );
    expect(result.result).toBe('equivalent');
  });

  // IAM JSON policy elements: NotAction ("NotAction with Deny": unlisted actions are denied),
  // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notaction.html:
  // with an Allow of sqs:* only the listed ones remain.
  it('a Deny NotAction rewrite is equivalent to the remaining actions listed', async () => {
    const listed = ['sqs:SendMessage', 'sqs:ReceiveMessage'];
    const result = await diff(
      policy(
        { Effect: 'Allow', Action: 'sqs:*', Resource: '*' },
        { Effect: 'Deny', NotAction: listed, Resource: '*' },
      ),
      policy({ Effect: 'Allow', Action: listed, Resource: '*' }),
    );
    expect(result).toMatchObject({ result: 'equivalent', unknown: [] });
    expect(result.requestsChecked).toBeGreaterThan(0);
  });

  it('sqs:* equals the list of every SQS action of the service reference, and not one less', async () => {
    const sqs = await bundledCatalog().load('sqs');
    const every = (sqs?.actions ?? []).map((action) => `sqs:${action.name}`);
    const star = policy({ Effect: 'Allow', Action: 'sqs:*', Resource: '*' });
    expect(
      (await diff(star, policy({ Effect: 'Allow', Action: every, Resource: '*' }))).result,
    ).toBe('equivalent');
    const lessOne = await diff(
      star,
      policy({ Effect: 'Allow', Action: every.slice(1), Resource: '*' }),
    );
    expect(lessOne.result).toBe('removed-access');
    expect(actionsOf(lessOne, 'removedAccess')).toEqual([every[0]]);
  });

  it('a widened wildcard (s3:GetObject to s3:Get*) grants every other s3:Get* action, grouped', async () => {
    const resource = 'arn:aws:s3:::reports/*';
    const result = await diff(
      policy({ Effect: 'Allow', Action: 's3:GetObject', Resource: resource }),
      policy({ Effect: 'Allow', Action: 's3:Get*', Resource: resource }),
    );
    expect(result.result).toBe('new-access');
    expect(result.newAccess).toHaveLength(1);
    const actions = actionsOf(result, 'newAccess');
    expect(actions).toContain('s3:GetObjectAcl');
    expect(actions).not.toContain('s3:GetObject');
    expect(actions.every((action) => action.startsWith('s3:Get'))).toBe(true);
    expect(result.newAccess[0]?.new.statements.map((s) => s.statementIndex)).toEqual([0]);
  });

  it('a widened resource grants the objects outside the old prefix', async () => {
    const result = await diff(
      policy({
        Effect: 'Allow',
        Action: 's3:GetObject',
        Resource: 'arn:aws:s3:::reports/public/*',
      }),
      policy({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::reports/*' }),
    );
    expect(result.result).toBe('new-access');
    const resource = result.newAccess[0]?.request.resource ?? '';
    expect(resource.startsWith('arn:aws:s3:::reports/')).toBe(true);
    expect(resource.startsWith('arn:aws:s3:::reports/public/')).toBe(false);
  });

  it('a widened resource that an unchanged NotAction statement already allows is equivalent', async () => {
    const everythingButIam = { Effect: 'Allow', NotAction: 'iam:*', Resource: '*' };
    const read = (resource: string) => ({
      Effect: 'Allow',
      Action: 's3:GetObject',
      Resource: resource,
    });
    const result = await diff(
      policy(everythingButIam, read('arn:aws:s3:::reports/*')),
      policy(everythingButIam, read('*')),
    );
    expect(result).toMatchObject({ result: 'equivalent', unknown: [] });
    expect(result.requestsChecked).toBeGreaterThan(0);
  });

  it("Action * on a widened bucket is asked with an action of that bucket's service", async () => {
    const all = (resource: string) => policy({ Effect: 'Allow', Action: '*', Resource: resource });
    const result = await diff(all('arn:aws:s3:::reports/public/*'), all('arn:aws:s3:::reports/*'));
    expect(result.result).toBe('new-access');
    expect(result.newAccess[0]?.service).toBe('s3');
    expect(result.newAccess[0]?.otherServices).toBeGreaterThan(400);
  });

  // Condition operators, Boolean: a request without MFA has the key false or absent.
  it('a removed MFA condition grants the request without MFA', async () => {
    const statement = { Effect: 'Allow', Action: 'iam:CreateUser', Resource: '*' };
    const result = await diff(
      policy({ ...statement, Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } }),
      policy(statement),
    );
    expect(result.result).toBe('new-access');
    expect(result.newAccess[0]?.request.context?.['aws:MultiFactorAuthPresent']).not.toBe('true');
  });

  it('an added Deny removes access, the Deny named as deciding', async () => {
    const allow = { Effect: 'Allow', Action: 's3:*', Resource: '*' };
    const result = await diff(
      policy(allow),
      policy(allow, { Sid: 'NoDelete', Effect: 'Deny', Action: 's3:DeleteObject', Resource: '*' }),
    );
    expect(result.result).toBe('removed-access');
    expect(actionsOf(result, 'removedAccess')).toEqual(['s3:DeleteObject']);
    expect(result.removedAccess[0]?.new).toMatchObject({
      decision: 'explicitDeny',
      statements: [{ sid: 'NoDelete', effect: 'Deny' }],
    });
  });

  // Condition operators, IP address: 10.0.0.0 is in 10.0.0.0/8 and not in 10.1.0.0/16.
  it('a narrowed CIDR removes the addresses between the blocks', async () => {
    const ip = (cidr: string) =>
      policy({
        Effect: 'Allow',
        Action: 's3:GetObject',
        Resource: '*',
        Condition: { IpAddress: { 'aws:SourceIp': cidr } },
      });
    const result = await diff(ip('10.0.0.0/8'), ip('10.1.0.0/16'));
    expect(result.result).toBe('removed-access');
    const address = result.removedAccess[0]?.request.context?.['aws:SourceIp'];
    expect(address).toMatch(/^10\./);
    expect(address).not.toMatch(/^10\.1\./);
  });

  it('a numeric boundary moved up grants the values between the old and the new bound', async () => {
    const result = await diff(
      maxKeys('NumericLessThanEquals', '100'),
      maxKeys('NumericLessThanEquals', '200'),
    );
    expect(result.result).toBe('new-access');
    const value = Number(result.newAccess[0]?.request.context?.['s3:max-keys']);
    expect(value > 100 && value <= 200).toBe(true);
  });

  it('a numeric equality widened to a bound grants the values just past it', async () => {
    const result = await diff(
      maxKeys('NumericEquals', '100'),
      maxKeys('NumericGreaterThanEquals', '100'),
    );
    expect(result.result).toBe('new-access');
    expect(result.newAccess[0]?.request.context?.['s3:max-keys']).toBe('101');
  });

  it('a date bound moved earlier removes the requests between the dates', async () => {
    const until = (date: string) =>
      allowWhen('ec2:StartInstances', { DateLessThan: { 'aws:CurrentTime': date } });
    const result = await diff(until('2027-01-01T00:00:00Z'), until('2026-06-01T00:00:00Z'));
    expect(result.result).toBe('removed-access');
    const time = String(result.removedAccess[0]?.request.context?.['aws:CurrentTime']);
    expect(time >= '2026-06-01' && time < '2027-01-01').toBe(true);
  });

  it('an Allow widened and a Deny added at once is both', async () => {
    const result = await diff(
      policy({ Effect: 'Allow', Action: 'sqs:SendMessage', Resource: '*' }),
      policy(
        { Effect: 'Allow', Action: ['sqs:SendMessage', 'sns:Publish'], Resource: '*' },
        { Effect: 'Deny', Action: 'sqs:SendMessage', Resource: 'arn:aws:sqs:*:*:secret' },
      ),
    );
    expect(result.result).toBe('both');
    expect(actionsOf(result, 'newAccess')).toEqual(['sns:Publish']);
    expect(actionsOf(result, 'removedAccess')).toEqual(['sqs:SendMessage']);
  });

  // IAM JSON policy elements: Principal, "AWS account principals" and "IAM role principals".
  it('a trust policy that trusts one more role lets that role assume it', async () => {
    const trust = (...principals: string[]) =>
      policy({ Effect: 'Allow', Principal: { AWS: principals }, Action: 'sts:AssumeRole' });
    const added = 'arn:aws:iam::999988887777:role/Deployer';
    const result = await diff(
      trust('arn:aws:iam::123456789012:root'),
      trust('arn:aws:iam::123456789012:root', added),
      'trust',
    );
    expect(result.result).toBe('new-access');
    expect(result.newAccess.map((finding) => finding.request.principal)).toEqual([added]);
    expect(result.newAccess[0]?.request.action).toBe('sts:AssumeRole');
  });
});

describe('diffPolicies: what it cannot decide', () => {
  // IAM policy elements: Variables and tags: ${aws:username} takes the request's value.
  it('asks a statement with a policy variable with the key set, and says the values are not all tried', async () => {
    const home = (variable: string) =>
      policy({
        Effect: 'Allow',
        Action: 's3:GetObject',
        Resource: `arn:aws:s3:::home/\${${variable}}/*`,
      });
    const result = await diff(home('aws:username'), home('aws:userid'));
    expect(result.result).toBe('both');
    expect(result.removedAccess[0]?.request.context).toEqual({ 'aws:username': 'diffwitness' });
    expect(result.newAccess[0]?.request.context).toEqual({ 'aws:userid': 'diffwitness' });
    expect(result.unknown.join()).toContain('policy variables');
  });

  it('says unknown, not equivalent, when the difference needs a value of a variable it did not try', async () => {
    const home = policy({
      Effect: 'Allow',
      Action: 's3:GetObject',
      Resource: 'arn:aws:s3:::home/${aws:username}/*',
    });
    const withDeny = JSON.stringify({
      ...JSON.parse(home),
      Statement: [
        ...JSON.parse(home).Statement,
        { Effect: 'Deny', Action: 's3:GetObject', Resource: 'arn:aws:s3:::home/alice/*' },
      ],
    });
    const result = await diff(home, withDeny);
    expect(result.result).toBe('unknown');
    expect(result.unknown.join()).toContain('policy variables');
  });

  it('says unknown, with the line and column, for a version it cannot read', async () => {
    const result = await diff(
      policy({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }),
      '{"Statement": [',
    );
    expect(result.result).toBe('unknown');
    expect(result.unknown[0]).toMatch(/^new policy, line 1, column \d+: /);
  });

  it('says unknown, not equivalent, for a service whose actions were not loaded', () => {
    const result = diffPolicies(
      policy({ Effect: 'Allow', Action: 'sqs:*', Resource: '*' }),
      policy({ Effect: 'Allow', Action: 'sqs:SendMessage', Resource: '*' }),
      { type: 'identity', now: NOW, catalog: newBundledCatalog() },
    );
    expect(result.result).toBe('unknown');
    expect(result.unknown).toEqual([
      "sqs: the service's actions were not loaded (loadDiffServices), so not compared",
    ]);
  });
});
