import type { Account, AccountGroup, AccountRole, AccountUser, ManagedPolicy } from './model.ts';

/** Tests only: small accounts written the way IAM's documentation examples describe them. */

export const ACCOUNT_ID = '111122223333';
export const arn = (resource: string) => `arn:aws:iam::${ACCOUNT_ID}:${resource}`;
export const ALICE = arn('user/alice');
export const BOB = arn('user/bob');

export function document(...statements: object[]): string {
  return JSON.stringify({ Version: '2012-10-17', Statement: statements });
}

export function allow(action: string, resource = '*'): string {
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: action, Resource: resource }],
  });
}

/** A trust policy letting `principals` (ARNs or an account id) call sts:AssumeRole. */
export function trusting(...principals: string[]): string {
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { AWS: principals }, Action: 'sts:AssumeRole' }],
  });
}

export function user(name: string, fields: Partial<AccountUser> = {}): AccountUser {
  return {
    name,
    arn: arn(`user/${name}`),
    path: '/',
    groups: [],
    attached: [],
    inline: [],
    tags: {},
    ...fields,
  };
}

export function group(name: string, fields: Partial<AccountGroup> = {}): AccountGroup {
  return { name, arn: arn(`group/${name}`), path: '/', attached: [], inline: [], ...fields };
}

export function role(name: string, trust: string, fields: Partial<AccountRole> = {}): AccountRole {
  return {
    name,
    arn: arn(`role/${name}`),
    path: '/',
    trust,
    attached: [],
    inline: [],
    tags: {},
    instanceProfiles: [],
    ...fields,
  };
}

export function managed(name: string, document: string): ManagedPolicy {
  return { arn: arn(`policy/${name}`), name, path: '/', document, isAwsManaged: false };
}

export function account(fields: Partial<Account>): Account {
  return { id: ACCOUNT_ID, users: [], groups: [], roles: [], policies: [], ...fields };
}
