import { describe, expect, it } from 'vitest';
import { findingsWithCode, policyText, spanText } from '../testing.ts';

/* Access Analyzer: "Wildcard in service name". */

const allow = (action: unknown, resource: unknown = '*') =>
  policyText([{ Effect: 'Allow', Action: action, Resource: resource }]);

describe('wildcard-service-name', () => {
  it('points at the service name of an action or an ARN', () => {
    const text = allow('*code*:Get*', 'arn:aws:*code*::111122223333:*');
    const findings = findingsWithCode('wildcard-service-name', text);
    expect(findings.map((finding) => spanText(text, finding))).toEqual(['*code*', '*code*']);
    expect(findings[0]?.severity).toBe('suggestion');
  });

  it('is silent for named services, "*" and an ARN of any service', () => {
    const text = allow(['*', 's3:Get*'], ['arn:aws:s3:::b/*', 'arn:aws:*:*:111122223333:*']);
    expect(findingsWithCode('wildcard-service-name', text)).toEqual([]);
  });
});
