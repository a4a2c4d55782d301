import type { StoreApi } from 'zustand';
import type { ScenarioRequest } from '../../../core/index.ts';
import { defaultRequest } from '../../../store/requests-slice.ts';
import type { StudioState } from '../../../store/store.ts';

type Store = StoreApi<StudioState>;

/** Whether the imported account has the user or role of this ARN, to open in the account view. */
export function accountHasIdentity(state: StudioState, arn: string): boolean {
  const account = state.account;
  if (!account) return false;
  return (
    account.users.some((user) => user.arn === arn) || account.roles.some((role) => role.arn === arn)
  );
}

/** An IAM user's or role's ARN, which a request can name as its principal. */
export const isIdentityArn = (arn: string) => /^arn:aws[a-z-]*:iam::\d{12}:(user|role)\//.test(arn);

/** Opens the user in the account view: the Identities tab, the user selected, its analysis shown. */
export function openInAccount(store: Store, arn: string): void {
  const { actions } = store.getState();
  actions.setPracticesOpen(false);
  actions.setSidebarTab('identities');
  actions.selectIdentity(arn);
}

/**
 * Adds a request made by the user to the simulator and selects it: the action and resource of the
 * request selected, else the default request's, so the user asks what they would ask of anyone.
 */
export function simulateAs(store: Store, arn: string): void {
  const state = store.getState();
  const selected =
    state.selectedRequest === null ? undefined : state.requests[state.selectedRequest];
  const base = selected ?? defaultRequest();
  const request: ScenarioRequest = { principal: arn, action: base.action, resource: base.resource };
  state.actions.addRequest(request);
  state.actions.setSimulatorView('requests');
}
