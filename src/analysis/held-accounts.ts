import type { Account } from '../core/index.ts';

/** Enough for the account shown and the one open before it (a user going back and forth). */
const KEPT = 2;

/**
 * The accounts the page sent the worker, by the key it gave each (its workspace and epoch): an
 * account of thousands of identities is sent once, and each job names it by its key.
 */
export class HeldAccounts {
  private readonly held = new Map<string, Account>();

  hold(key: string, account: Account): void {
    this.held.delete(key);
    this.held.set(key, account);
    while (this.held.size > KEPT) this.held.delete(this.held.keys().next().value as string);
  }

  get(key: string): Account {
    const account = this.held.get(key);
    if (!account) {
      throw new Error(
        'The analysis worker no longer holds this account: switch to another workspace and back',
      );
    }
    return account;
  }
}
