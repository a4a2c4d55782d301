import type { CloudTrailRule } from './cloudtrail-rule.ts';
import { consoleSignInWithoutMfa } from './console-sign-in-without-mfa.ts';
import { longTermKeyUse } from './long-term-key-use.ts';
import { rootActivity } from './root-activity.ts';

/** Every rule over the imported CloudTrail activity, in the order their findings are listed. */
export const CLOUDTRAIL_RULES: readonly CloudTrailRule[] = [
  rootActivity,
  consoleSignInWithoutMfa,
  longTermKeyUse,
];
