import { bench, describe } from 'vitest';
import { bundledCatalog } from '../catalog/bundled.ts';
import { generatedAccount } from './generated-account.ts';
import type { Account } from './model.ts';
import { loadWhatCan, whatCan } from './what-can.ts';

// `npx vitest bench src/core/account/what-can.bench.ts --run`: what-can for one principal of the
// issue's generated account (see generated-account.ts), the services its policies name loaded once
// beforehand, as the worker keeps its catalog.
const arn = (resource: string) => `arn:aws:iam::111122223333:${resource}`;
const document = (...Statement: object[]) => JSON.stringify({ Version: '2012-10-17', Statement });

/** Ten groups (IAM's most for a user) with broad policies over large services, a Deny and a boundary. */
function withBusyUser(account: Account): Account {
  const broad = [
    document({ Effect: 'Allow', Action: ['ec2:*', 'iam:Get*', 'iam:List*'], Resource: '*' }),
    document({ Effect: 'Allow', Action: 's3:*', Resource: 'arn:aws:s3:::bucket-1/*' }),
    document({
      Effect: 'Allow',
      Action: ['dynamodb:*', 'lambda:*'],
      Resource: '*',
      Condition: { StringEquals: { 'aws:RequestedRegion': 'eu-west-1' } },
    }),
    document({ Effect: 'Deny', Action: 'ec2:Delete*', Resource: '*' }),
  ];
  const groups = Array.from({ length: 10 }, (_, index) => ({
    name: `busy${index}`,
    arn: arn(`group/busy${index}`),
    path: '/',
    attached: [arn(`policy/p${index}`)],
    inline: [{ name: 'Broad', document: broad[index % broad.length]! }],
  }));
  const boundary = {
    arn: arn('policy/BusyBoundary'),
    name: 'BusyBoundary',
    path: '/',
    document: document({ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' }),
    isAwsManaged: false,
  };
  const busy = {
    name: 'busy',
    arn: arn('user/busy'),
    path: '/',
    groups: groups.map((group) => group.name),
    attached: [arn('policy/p3')],
    inline: [],
    boundary: boundary.arn,
    tags: {},
  };
  return {
    ...account,
    users: [...account.users, busy],
    groups: [...account.groups, ...groups],
    policies: [...account.policies, boundary],
  };
}

/**
 * A user with a policy shaped like AWS's ReadOnlyAccess, one Action list naming every service
 * (`Get*`, `List*` and `Describe*` of each), and PowerUserAccess's NotAction.
 */
function withReader(account: Account): Account {
  const readOnly = document({
    Effect: 'Allow',
    Action: catalog.services.flatMap(({ prefix }) =>
      ['Get*', 'List*', 'Describe*'].map((verb) => `${prefix}:${verb}`),
    ),
    Resource: '*',
  });
  const powerUser = document({
    Effect: 'Allow',
    NotAction: ['iam:*', 'organizations:*', 'account:*'],
    Resource: '*',
  });
  const policies = [
    {
      arn: arn('policy/ReadOnly'),
      name: 'ReadOnly',
      path: '/',
      document: readOnly,
      isAwsManaged: false,
    },
    {
      arn: arn('policy/PowerUser'),
      name: 'PowerUser',
      path: '/',
      document: powerUser,
      isAwsManaged: false,
    },
  ];
  const reader = {
    name: 'reader',
    arn: arn('user/reader'),
    path: '/',
    groups: [],
    attached: policies.map((policy) => policy.arn),
    inline: [],
    tags: {},
  };
  return {
    ...account,
    users: [...account.users, reader],
    policies: [...account.policies, ...policies],
  };
}

const catalog = bundledCatalog();
const account = withReader(withBusyUser(generatedAccount()));
const principals = {
  user: arn('user/u7'),
  busy: arn('user/busy'),
  reader: arn('user/reader'),
  role: arn('role/r11'),
};
for (const principal of Object.values(principals)) await loadWhatCan(account, principal, catalog);

describe('what-can over a generated account', () => {
  bench('a user in two groups', () => {
    whatCan(account, principals.user, catalog);
  });
  bench('a user in ten groups with EC2, S3, DynamoDB and Lambda, a Deny and a boundary', () => {
    whatCan(account, principals.busy, catalog);
  });
  bench(
    'a user with a ReadOnlyAccess-like policy naming every service, and PowerUserAccess',
    () => {
      whatCan(account, principals.reader, catalog);
    },
  );
  bench('a role', () => {
    whatCan(account, principals.role, catalog);
  });
});
