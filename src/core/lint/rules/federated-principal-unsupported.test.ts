import { describe, expect, it } from 'vitest';
import { findingsWithCode, policyText, spanText } from '../testing.ts';

/* Access Analyzer: "Federated principal not supported". */

const SAML = 'arn:aws:iam::111122223333:saml-provider/corp';
const withPrincipal = (principal: object) =>
  policyText([
    { Effect: 'Allow', Principal: principal, Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' },
  ]);

describe('federated-principal-unsupported', () => {
  it('reports a Federated principal in a bucket policy, at the provider', () => {
    const text = withPrincipal({ Federated: SAML });
    const [finding] = findingsWithCode('federated-principal-unsupported', text, 'resource');
    expect(finding?.severity).toBe('error');
    expect(spanText(text, finding!)).toBe(`"${SAML}"`);
  });

  it('is silent in a role trust policy and for AWS principals', () => {
    const trust = policyText([
      { Effect: 'Allow', Principal: { Federated: SAML }, Action: 'sts:AssumeRoleWithSAML' },
    ]);
    expect(findingsWithCode('federated-principal-unsupported', trust, 'trust')).toEqual([]);
    const account = withPrincipal({ AWS: '111122223333' });
    expect(findingsWithCode('federated-principal-unsupported', account, 'resource')).toEqual([]);
  });
});
