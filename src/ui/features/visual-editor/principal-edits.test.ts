import { describe, expect, it } from 'vitest';
import { editPolicy, type PolicyEdit, type PrincipalElement } from '../../../core/index.ts';
import { addPrincipal, isEveryone, removePrincipal, replacePrincipal } from './principal-edits.ts';
import { testStatement } from './test-policy.ts';

const mixed = `{
  "Statement": {
    "Effect": "Allow",
    "Principal": { "AWS": ["111122223333", "arn:aws:iam::444455556666:root"], "Service": "ec2.amazonaws.com" },
    "Action": "sts:AssumeRole"
  }
}`;
const mixedElement = testStatement(0, {
  principal: [
    ['AWS', '111122223333'],
    ['AWS', 'arn:aws:iam::444455556666:root'],
    ['Service', 'ec2.amazonaws.com'],
  ],
}).principal as PrincipalElement;

const star = '{ "Statement": [{ "Effect": "Allow", "Principal": "*", "Action": "s3:GetObject" }] }';
const starElement = testStatement(0, { principal: [['AWS', '*']] }).principal as PrincipalElement;

function principalAfter(text: string, edit: PolicyEdit): unknown {
  const statement = JSON.parse(editPolicy(text, edit).text).Statement;
  return (Array.isArray(statement) ? statement[0] : statement).Principal;
}

describe('principal edits', () => {
  it('recognises a lone * as everyone', () => {
    expect(isEveryone(starElement)).toBe(true);
    expect(isEveryone(mixedElement)).toBe(false);
  });

  it('adds, replaces and removes entries by kind', () => {
    expect(
      principalAfter(
        mixed,
        addPrincipal(0, mixedElement, 'Principal', 'Federated', 'cognito-identity.amazonaws.com'),
      ),
    ).toEqual({
      AWS: ['111122223333', 'arn:aws:iam::444455556666:root'],
      Service: 'ec2.amazonaws.com',
      Federated: 'cognito-identity.amazonaws.com',
    });
    const replaced = editPolicy(
      mixed,
      replacePrincipal(0, mixedElement, 'Principal', 'AWS', 1, '777788889999'),
    ).text;
    expect(replaced).toBe(mixed.replace('arn:aws:iam::444455556666:root', '777788889999'));
    expect(principalAfter(mixed, removePrincipal(0, mixedElement, 'Principal', 'AWS', 0))).toEqual({
      AWS: ['arn:aws:iam::444455556666:root'],
      Service: 'ec2.amazonaws.com',
    });
  });

  it('removes a kind with its last entry, and the element with the last entry of all', () => {
    expect(
      principalAfter(mixed, removePrincipal(0, mixedElement, 'Principal', 'Service', 0)),
    ).toEqual({
      AWS: ['111122223333', 'arn:aws:iam::444455556666:root'],
    });
    expect(
      principalAfter(star, removePrincipal(0, starElement, 'Principal', 'AWS', 0)),
    ).toBeUndefined();
  });

  it('edits "Principal": "*" as a whole, since it has no AWS key to point into', () => {
    expect(
      principalAfter(
        star,
        addPrincipal(0, starElement, 'Principal', 'Service', 'ec2.amazonaws.com'),
      ),
    ).toEqual({
      AWS: '*',
      Service: 'ec2.amazonaws.com',
    });
    expect(
      principalAfter(star, replacePrincipal(0, starElement, 'Principal', 'AWS', 0, '111122223333')),
    ).toEqual({
      AWS: '111122223333',
    });
  });
});
