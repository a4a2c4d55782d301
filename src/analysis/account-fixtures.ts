import {
  accountPolicies,
  type Account,
  type ManagedPolicy,
  type ScenarioPolicy,
} from '../core/index.ts';

/** Tests only: a small account, and the workspace the app makes of an account's policies. */

export const arn = (resource: string) => `arn:aws:iam::111122223333:${resource}`;
export const ALICE = arn('user/alice');

/** A customer managed policy of the account. */
export function managedPolicy(name: string, text: string): ManagedPolicy {
  return { arn: arn(`policy/${name}`), name, path: '/', document: text, isAwsManaged: false };
}

/** An account whose one user, alice, has `policies` attached, and `fields` besides. */
export function aliceAccount(
  policies: ManagedPolicy[],
  fields: Partial<Account['users'][number]> = {},
): Account {
  return {
    id: '111122223333',
    users: [
      {
        name: 'alice',
        arn: ALICE,
        path: '/',
        groups: [],
        attached: policies.map((policy) => policy.arn),
        inline: [],
        tags: {},
        ...fields,
      },
    ],
    groups: [],
    roles: [],
    policies,
  };
}

/** The account's policies as the app's account workspace holds them, each standing for its own. */
export function workspacePolicies(account: Account): ScenarioPolicy[] {
  return accountPolicies(account).map(({ id, name, type, document, attachedTo }) => ({
    id: name,
    type,
    document,
    attachedTo,
    accountPolicy: id,
  }));
}
