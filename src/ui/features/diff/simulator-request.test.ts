import { describe, expect, it } from 'vitest';
import type { DiffFinding, ScenarioPolicy } from '../../../core/index.ts';
import { simulatorRequest } from './simulator-request.ts';

const finding: DiffFinding = {
  service: 's3',
  actions: ['s3:GetObject'],
  request: {
    principal: 'arn:aws:sts::123456789012:assumed-role/diffwitness/diffwitness',
    action: 's3:GetObject',
    resource: 'arn:aws:s3:::diffwitness/diffwitness',
    resourceAccount: '123456789012',
    context: { 'aws:MultiFactorAuthPresent': 'true' },
  },
  old: { decision: 'implicitDeny', statements: [] },
  new: { decision: 'allowed', statements: [] },
};

const policy = (type: ScenarioPolicy['type'], attachedTo?: string[]): ScenarioPolicy => ({
  id: 'p',
  type,
  document: '{}',
  ...(attachedTo && { attachedTo }),
});

describe('an example opened in the simulator', () => {
  it('is the example request itself when the policy applies to every principal', () => {
    expect(simulatorRequest(finding, policy('identity'))).toEqual(finding.request);
  });

  it('is made by the principal an identity policy is attached to, in its account', () => {
    const alice = 'arn:aws:iam::111122223333:user/alice';
    expect(simulatorRequest(finding, policy('identity', ['arn:aws:iam::*:user/*', alice]))).toEqual(
      { ...finding.request, principal: alice, resourceAccount: '111122223333' },
    );
  });

  it('keeps the caller of a resource policy, which applies to resources', () => {
    const bucket = 'arn:aws:s3:::diffwitness';
    expect(simulatorRequest(finding, policy('resource', [bucket]))).toEqual(finding.request);
  });
});
