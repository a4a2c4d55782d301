import { describe, expect, it } from 'vitest';
import { findingsWithCode, policyText, spanText } from '../testing.ts';

/* AWS RAM API reference, CreateResourceShare (allowExternalPrincipals); Service Authorization
 * Reference, AWS RAM: ram:RequestedAllowsExternalPrincipals. */

const statement = (fields: object) => policyText([{ Effect: 'Allow', Resource: '*', ...fields }]);
const findings = (text: string, type: 'identity' | 'scp' = 'identity') =>
  findingsWithCode('resource-share-external', text, type);
const inside = { Bool: { 'ram:RequestedAllowsExternalPrincipals': 'false' } };

describe('resource-share-external', () => {
  it.each([
    ['CreateResourceShare', { Action: 'ram:CreateResourceShare' }, 'ram:CreateResourceShare'],
    ['UpdateResourceShare by wildcard', { Action: 'ram:Update*' }, 'ram:UpdateResourceShare'],
    ['all of RAM', { Action: 'ram:*' }, 'ram:CreateResourceShare'],
    ['NotAction', { NotAction: 's3:*' }, 'ram:CreateResourceShare'],
    [
      'a condition that allows external principals',
      {
        Action: 'ram:CreateResourceShare',
        Condition: { Bool: { 'ram:RequestedAllowsExternalPrincipals': 'true' } },
      },
      'ram:CreateResourceShare',
    ],
    [
      'the condition with IfExists',
      {
        Action: 'ram:CreateResourceShare',
        Condition: { BoolIfExists: { 'ram:RequestedAllowsExternalPrincipals': 'false' } },
      },
      'ram:CreateResourceShare',
    ],
  ])('warns: %s', (_, fields, action) => {
    const [finding] = findings(statement(fields));
    expect(finding?.severity).toBe('warning');
    expect(finding?.message).toContain(`allows ${action}:`);
  });

  it('points at the action entry that grants it', () => {
    const text = statement({ Action: ['s3:GetObject', 'ram:Create*'] });
    expect(spanText(text, findings(text)[0]!)).toBe('"ram:Create*"');
  });

  it('is silent when shares must stay in the organization, for other RAM actions, and in SCPs', () => {
    expect(findings(statement({ Action: 'ram:*', Condition: inside }))).toEqual([]);
    expect(findings(statement({ Action: 'ram:AssociateResourceShare' }))).toEqual([]);
    expect(findings(statement({ Action: ['ram:Get*', 'ram:List*'] }))).toEqual([]);
    expect(findings(statement({ Action: '*' }), 'scp')).toEqual([]);
  });
});
