import { describe, expect, it } from 'vitest';
import { callerProblem, callersOf } from './generate-calls.ts';
import {
  catalog,
  FUNCTION_ROLE,
  fixtureCalls,
  generate,
  lintCatalog,
  roleCall,
  s3,
  statementsOf,
} from './generate-fixtures.ts';
import type { GeneratedPolicy } from './generate-model.ts';
import { proveGeneratedPolicy } from './generate-proof.ts';
import { generatePolicy } from './generate.ts';

/** The policy with its statement `sid` removed, as a hand edit would. */
function without(generated: GeneratedPolicy, sid: string): GeneratedPolicy {
  const document = JSON.parse(generated.document) as { Statement: { Sid: string }[] };
  document.Statement = document.Statement.filter((statement) => statement.Sid !== sid);
  return { ...generated, document: JSON.stringify(document, null, 2) };
}

describe('the proof of a generated policy', () => {
  const calls = fixtureCalls();
  const callers = callersOf(calls).filter((caller) => callerProblem(calls, caller) === undefined);

  it('has callers of each kind an identity policy applies to in the documented records', () => {
    expect(callers).toEqual([
      'arn:aws:iam::111111111111:role/JohnRole1',
      'arn:aws:iam::123456789012:role/ci/deploy',
      'arn:aws:iam::123456789012:user/Alice',
      'arn:aws:iam::777788889999:role/AssumeNothing',
      'arn:aws:iam::777788889999:user/JohnDoe',
      'arn:aws:sts::123456789012:federated-user/Bob',
    ]);
  });

  it.each(['exact', 'type', 'account'] as const)(
    'passes for every caller of the documented records, resources %s: every call allowed, lint clean',
    (resources) => {
      for (const caller of callers) {
        const generated = generatePolicy(calls, caller, catalog, { resources });
        const proof = proveGeneratedPolicy(generated, calls, lintCatalog);
        expect(proof, caller).toMatchObject({ notAllowed: [], findings: [], proven: true });
        expect(proof.allowed, caller).toBe(proof.replayed);
        expect(proof.replayed, caller).toBe(generated.events);
      }
    },
  );

  it('a role assumed across accounts trusts the caller’s account, so the generated policy decides', () => {
    const generated = generatePolicy(calls, 'arn:aws:iam::777788889999:user/JohnDoe', catalog, {
      resources: 'exact',
    });
    expect(proveGeneratedPolicy(generated, calls, lintCatalog).proven).toBe(true);
    const proof = proveGeneratedPolicy(without(generated, 'StsWrite'), calls, lintCatalog);
    expect(proof.notAllowed.map((c) => [c.call.eventName, c.decision])).toEqual([
      ['AssumeRole', 'implicitDeny'],
    ]);
  });

  it('a KMS key and another account’s function trust the caller’s account, so the generated policy decides', () => {
    const key = 'arn:aws:kms:us-east-2:777788889999:key/1234abcd-12ab-34cd-56ef-1234567890ab';
    const elsewhere = 'arn:aws:lambda:us-east-2:111122223333:function:shared';
    const { calls: roleCalls, generated } = generate([
      roleCall('kms.amazonaws.com', 'Decrypt', {
        resources: [{ type: 'AWS::KMS::Key', ARN: key }],
      }),
      roleCall('lambda.amazonaws.com', 'Invoke', {
        resources: [{ type: 'AWS::Lambda::Function', ARN: elsewhere }],
      }),
    ]);
    expect(proveGeneratedPolicy(generated, roleCalls, lintCatalog).proven).toBe(true);
    for (const [sid, eventName] of [
      ['KmsWrite', 'Decrypt'],
      ['LambdaWrite', 'Invoke'],
    ]) {
      const proof = proveGeneratedPolicy(without(generated, sid!), roleCalls, lintCatalog);
      expect(proof.notAllowed.map((c) => c.call.eventName)).toEqual([eventName]);
    }
  });

  it('FAILS when a statement is removed: the calls it allowed are implicitly denied', () => {
    const { calls: roleCalls, generated } = generate([
      s3('GetObject', { bucketName: 'reports', key: 'a.csv' }),
      s3('PutObject', { bucketName: 'reports', key: 'out.csv' }),
    ]);
    expect(proveGeneratedPolicy(generated, roleCalls, lintCatalog).proven).toBe(true);
    const proof = proveGeneratedPolicy(without(generated, 'S3Write'), roleCalls, lintCatalog);
    expect(proof).toMatchObject({ replayed: 2, allowed: 1, proven: false, findings: [] });
    expect(proof.notAllowed.map((c) => [c.call.eventName, c.decision, c.decidingRequest])).toEqual([
      ['PutObject', 'implicitDeny', 0],
    ]);
  });

  it('FAILS when the PassRole condition names another service than the call passed the role to', () => {
    const { calls: roleCalls, generated } = generate([
      roleCall('lambda.amazonaws.com', 'CreateFunction20150331', {
        requestParameters: { functionName: 'app', role: FUNCTION_ROLE },
      }),
    ]);
    expect(proveGeneratedPolicy(generated, roleCalls, lintCatalog).proven).toBe(true);
    const tampered = {
      ...generated,
      document: generated.document.replace('lambda.amazonaws.com', 'ec2.amazonaws.com'),
    };
    const proof = proveGeneratedPolicy(tampered, roleCalls, lintCatalog);
    expect(proof.notAllowed.map((c) => c.call.requests[c.decidingRequest!]!.action)).toEqual([
      'iam:PassRole',
    ]);
  });

  it('FAILS on lint findings above a suggestion: PassRole and RunInstances on *, whose resources the record does not name, and the escalation they open together', () => {
    const { calls: roleCalls, generated } = generate([
      roleCall('ec2.amazonaws.com', 'RunInstances', {
        requestParameters: { iamInstanceProfile: { name: 'web' } },
      }),
    ]);
    const proof = proveGeneratedPolicy(generated, roleCalls, lintCatalog);
    expect(proof.notAllowed).toEqual([]);
    expect(proof.proven).toBe(false);
    expect(proof.findings.map((f) => [f.code, f.severity]).sort()).toEqual([
      ['passrole-unscoped', 'security-warning'],
      ['privilege-escalation', 'security-warning'],
      ['wildcard-resource', 'warning'],
      ['wildcard-resource', 'warning'],
    ]);
  });

  it('FAILS, without replaying, for a policy over IAM’s size quota; one wildcard per type fits', () => {
    const records = Array.from({ length: 300 }, (_, i) =>
      s3('GetObject', { bucketName: 'reports', key: `2026/day-${i}.csv` }),
    );
    const exact = generate(records, 'exact');
    const proof = proveGeneratedPolicy(exact.generated, exact.calls, lintCatalog);
    expect(proof).toMatchObject({
      replayed: 0,
      proven: false,
      notReplayed: "300 events not replayed: the policy is over IAM's size quota",
    });
    expect(proof.findings.map((f) => f.code)).toEqual(['policy-size']);
    const type = generate(records, 'type');
    expect(proveGeneratedPolicy(type.generated, type.calls, lintCatalog)).toMatchObject({
      replayed: 300,
      allowed: 300,
      proven: true,
    });
  });

  it('generated statements are what lint expects of a policy: no finding at all on the documented records', () => {
    const generated = generatePolicy(calls, 'arn:aws:iam::123456789012:user/Alice', catalog, {
      resources: 'type',
    });
    expect(statementsOf(generated.document)).toHaveLength(1);
    expect(proveGeneratedPolicy(generated, calls, lintCatalog).findings).toEqual([]);
  });
});
