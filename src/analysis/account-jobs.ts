import { whoCan, type Account, type Organization } from '../core/index.ts';
import { withEdits, type AccountChanges } from './account-changes.ts';
import { HeldAccounts } from './held-accounts.ts';

/** An account the worker holds (sent by an openAccount job), as the workspace has changed it. */
export interface AccountQuery {
  /** The key the account was sent under. */
  account: string;
  changes: AccountChanges;
  organization?: Organization;
}

export interface WhoCanQuery extends AccountQuery {
  action: string;
  /** An ARN; every resource ("*") when left out. */
  resource?: string;
}

export type WhoCanAnswer = ReturnType<typeof whoCan>;

/** The account jobs of the analysis worker, sharing the accounts it holds. */
export function createAccountJobs() {
  const accounts = new HeldAccounts();
  const options = ({ changes, organization }: AccountQuery) =>
    organization === undefined
      ? { extraPolicies: changes.extraPolicies }
      : { extraPolicies: changes.extraPolicies, organization };
  const accountOf = (query: AccountQuery) =>
    withEdits(accounts.get(query.account), query.changes.edited);
  return {
    openAccount: ({ key, account }: { key: string; account: Account }) => {
      accounts.hold(key, account);
      return null;
    },
    whoCan: (query: WhoCanQuery): WhoCanAnswer =>
      whoCan(accountOf(query), query.action, query.resource, options(query)),
  };
}
