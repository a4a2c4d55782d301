import type { Effect } from '../policy/model.ts';
import type { LevelAccess, SummaryCondition, SummaryResource } from '../summary/model.ts';
import type { UnreadablePolicy, WhoCanOptions, WhoCanStatement } from './who-can.ts';

/**
 * What a principal of an account can do, as the IAM console's policy summary shows it ("Access
 * levels in policy summaries",
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_understand-policy-summary-access-level-summaries.html),
 * for every policy that reaches the principal at once: its own and its groups' identity policies,
 * its permissions boundary, SCPs and RCPs, explicit denies.
 */

/** Full: every action of the level on every resource, whatever the request; None: no action. */
export type WhatCanGrant = LevelAccess['grant'] | 'None';

/** A condition of an allowing statement (the access needs it) or of a Deny (denied when it holds). */
export interface WhatCanCondition extends SummaryCondition {
  effect: Effect;
}

export interface WhatCanScope {
  /**
   * The resources the access is limited to: an allowing statement's that does not name every
   * resource, and with `except` a NotResource's or a Deny's. Empty: every resource.
   */
  resources: SummaryResource[];
  /** The conditions that limit it. Empty: none. */
  conditions: WhatCanCondition[];
  /** The statements that decide it: the allowing ones of each layer and the Denies that apply. */
  statements: WhoCanStatement[];
}

export interface WhatCanLevel extends Omit<LevelAccess, 'grant'>, WhatCanScope {
  grant: WhatCanGrant;
  /** `granted` counts the actions allowed somewhere; these are allowed everywhere, always. */
  unlimited: number;
}

export interface WhatCanService {
  prefix: string;
  name: string;
  /** Every action of the service, on every resource, whatever the request. */
  fullAccess: boolean;
  /** Every access level the service has actions in, in the reference's order. */
  levels: WhatCanLevel[];
}

export interface WhatCanAnswer {
  principal: string;
  /** The services the principal's identity policies allow actions of, by name. */
  services: WhatCanService[];
  /**
   * `"Action": "*"` or a NotAction reaching services no policy names: each of them has the same
   * access to all its actions, given once with how many services that is.
   */
  everyOtherService?: WhatCanScope & { grant: LevelAccess['grant']; count: number };
  /** Services a policy names whose detail the catalog had not loaded (see loadWhatCan). */
  unloaded: string[];
  /** Policies that could not be read: a request they apply to is denied, so nothing is allowed. */
  unreadable: UnreadablePolicy[];
  /**
   * The name of each policy reaching the principal, by the `policyId` its statements give: a
   * managed policy's name (`NAME (permissions boundary)` as a boundary), `OWNER/NAME` inline, a
   * scenario policy's name or id.
   */
  policyNames: Record<string, string>;
}

/** SCPs and RCPs (and other policies) as in a scenario, the organization, the time of the requests. */
export type WhatCanOptions = WhoCanOptions;
