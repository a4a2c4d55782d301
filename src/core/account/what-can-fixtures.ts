import { bundledCatalog } from '../catalog/bundled.ts';
import type { Account, AccountGroup } from './model.ts';
import type { WhatCanAnswer, WhatCanLevel, WhatCanOptions } from './what-can-model.ts';
import { loadWhatCan } from './what-can.ts';
import { ALICE, allow, arn, document, managed } from './who-can-fixtures.ts';

/** Tests only: what the what-can tests share. */

// Cases from the IAM User Guide: "Access levels in policy summaries"
// (https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_understand-policy-summary-access-level-summaries.html),
// "Example IAM identity-based policies" and "Permissions boundaries for IAM entities".

export const catalog = bundledCatalog();

export function group(name: string, policy: string): AccountGroup {
  return {
    name,
    arn: arn(`group/${name}`),
    path: '/',
    attached: [],
    inline: [{ name: `${name}Policy`, document: policy }],
  };
}

export async function ask(
  subject: Account,
  principal = ALICE,
  options: WhatCanOptions = {},
): Promise<WhatCanAnswer> {
  return loadWhatCan(subject, principal, catalog, options);
}

/** Each level of a service as `Level: grant granted/total`. */
export function levels(answer: WhatCanAnswer, prefix: string): Record<string, string> {
  const service = answer.services.find((candidate) => candidate.prefix === prefix);
  if (!service) throw new Error(`no ${prefix} in the answer`);
  return Object.fromEntries(
    service.levels.map((l) => [l.level, `${l.grant} ${l.granted}/${l.total}`]),
  );
}

export function level(answer: WhatCanAnswer, prefix: string, name: string): WhatCanLevel {
  const found = answer.services
    .find((service) => service.prefix === prefix)
    ?.levels.find((candidate) => candidate.level === name);
  if (!found) throw new Error(`no ${prefix} ${name} in the answer`);
  return found;
}

/** How many of the service's actions of one access level the reference has. */
export async function actionCount(prefix: string, accessLevel: string): Promise<number> {
  const service = await catalog.load(prefix);
  return service?.actions.filter((action) => action.accessLevel === accessLevel).length ?? 0;
}

export const SQS_READ_ONLY = document({
  Effect: 'Allow',
  Action: ['sqs:Get*', 'sqs:List*', 'sqs:Receive*'],
  Resource: '*',
});
export const SQS_ALL = managed('SqsAll', allow('sqs:*'));
/** The CloudWatch part of AWS's CloudWatchReadOnlyAccess. */
export const CLOUDWATCH_READ_ONLY = document({
  Effect: 'Allow',
  Action: [
    'cloudwatch:BatchGet*',
    'cloudwatch:Describe*',
    'cloudwatch:Generate*',
    'cloudwatch:Get*',
    'cloudwatch:List*',
  ],
  Resource: '*',
});
