import { describe, expect, it } from 'vitest';
import { createStudioStore } from '../../../store/store.ts';
import { accountHasIdentity, isIdentityArn, openInAccount, simulateAs } from './user-actions.ts';

const DEV = 'arn:aws:iam::123456789012:user/dev';
const DEPLOY = 'arn:aws:iam::123456789012:role/deploy';

describe('user actions', () => {
  it('simulates as a user with the action and resource of the request selected', () => {
    const store = createStudioStore();
    const { actions } = store.getState();
    actions.addRequest({
      principal: 'arn:aws:iam::1:user/x',
      action: 'iam:ListUsers',
      resource: '*',
    });
    simulateAs(store, DEV);
    const { requests, selectedRequest } = store.getState();
    expect(requests.at(-1)).toMatchObject({
      principal: DEV,
      action: 'iam:ListUsers',
      resource: '*',
    });
    expect(selectedRequest).toBe(1);
  });

  it('opens a user or role of the account in its view, leaving the best practices', () => {
    const store = createStudioStore();
    store.setState({
      account: {
        users: [{ arn: DEV } as never],
        roles: [{ arn: DEPLOY } as never],
        groups: [],
        policies: [],
      },
    });
    expect(accountHasIdentity(store.getState(), DEPLOY)).toBe(true);
    expect(accountHasIdentity(store.getState(), 'arn:aws:iam::123456789012:user/gone')).toBe(false);
    store.getState().actions.setPracticesOpen(true);
    openInAccount(store, DEV);
    expect(store.getState()).toMatchObject({
      practicesOpen: false,
      sidebarTab: 'identities',
      selectedIdentity: DEV,
    });
  });

  it('tells identity ARNs from the root user and other callers', () => {
    expect(isIdentityArn(DEV)).toBe(true);
    expect(isIdentityArn(DEPLOY)).toBe(true);
    expect(isIdentityArn('arn:aws:iam::123456789012:root')).toBe(false);
    expect(isIdentityArn('arn:aws:sts::123456789012:assumed-role/deploy/s')).toBe(false);
  });
});
