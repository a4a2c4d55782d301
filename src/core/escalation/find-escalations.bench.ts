import { bench, describe } from 'vitest';
import type { Can, EscalationAccount } from './account-view.ts';
import { findEscalations } from './find-escalations.ts';
import { STUDIO_CATALOGUE } from './studio-catalogue.ts';

// `npx vitest bench src/core/escalation/find-escalations.bench.ts --run`: the matcher's own cost
// over the generated account (500 users, 200 groups, 2,000 roles, 1,500 policies), with a
// `can` that answers at once: one principal in 25 may do everything, the others nothing the
// catalogue asks for. The evaluator's cost per question comes on top.
const ACCOUNT = '111122223333';
const SERVICES = [
  'lambda.amazonaws.com',
  'ec2.amazonaws.com',
  'glue.amazonaws.com',
  'ecs-tasks.amazonaws.com',
];
const policyArn = (index: number) => `arn:aws:iam::${ACCOUNT}:policy/p${index % 1_500}`;
const groupArn = (index: number) => `arn:aws:iam::${ACCOUNT}:group/g${index % 200}`;

const account: EscalationAccount = {
  users: Array.from({ length: 500 }, (_, index) => ({
    arn: `arn:aws:iam::${ACCOUNT}:user/u${index}`,
    groups: [groupArn(index), groupArn(index + 1)],
    managedPolicies: [policyArn(index)],
  })),
  groups: Array.from({ length: 200 }, (_, index) => ({
    arn: groupArn(index),
    managedPolicies: [policyArn(index + 500)],
  })),
  roles: Array.from({ length: 2_000 }, (_, index) => ({
    arn: `arn:aws:iam::${ACCOUNT}:role/r${index}`,
    trustedServices: index % 2 === 0 ? [SERVICES[index % SERVICES.length] ?? ''] : [],
    managedPolicies: [policyArn(index + 700)],
  })),
};

const powerful = (principalArn: string) => /\d+$/.exec(principalArn)?.[0].endsWith('25') ?? false;
const can: Can = (principalArn) => ({ allowed: powerful(principalArn), statements: [] });

describe('the escalation paths of a generated account', () => {
  bench('findEscalations', () => {
    findEscalations(account, can, STUDIO_CATALOGUE, { mayAllow: powerful });
  });
});
