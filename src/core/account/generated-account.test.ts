import { describe, expect, it } from 'vitest';
import { accountDetailsText, generatedAccount } from './generated-account.ts';
import { readAccountDetailsText } from './gaad.ts';

describe('the generated account as a get-account-authorization-details output', () => {
  it('reads back as the same users, groups, roles and policies, with nothing noted', () => {
    const account = generatedAccount({ escalating: true });
    const read = readAccountDetailsText(accountDetailsText(account));
    if (!read.ok) throw new Error(read.message);
    expect(read.problems).toEqual([]);
    expect(read.notes).toEqual([]);
    const names = (list: { name: string }[]) => list.map(({ name }) => name);
    expect(names(read.account.users)).toEqual(names(account.users));
    expect(names(read.account.groups)).toEqual(names(account.groups));
    expect(names(read.account.roles)).toEqual(names(account.roles));
    expect(read.account.users[3]).toMatchObject({
      groups: account.users[3]!.groups,
      attached: account.users[3]!.attached,
    });
    expect(JSON.parse(read.account.roles[2]!.trust)).toEqual(JSON.parse(account.roles[2]!.trust));
    expect(read.account.policies.map(({ document }) => JSON.parse(document) as unknown)).toEqual(
      account.policies.map(({ document }) => JSON.parse(document) as unknown),
    );
  });

  it('gives one policy in 25 an escalation permission only when asked', () => {
    const documents = (escalating: boolean) =>
      generatedAccount({ escalating }).policies.map(({ document }) => document);
    const plain = documents(false);
    expect(plain.filter((document) => document.includes('"iam:'))).toEqual([]);
    const changed = documents(true).filter((document, index) => document !== plain[index]);
    expect(changed).toHaveLength(60);
  });
});
