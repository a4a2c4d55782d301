import { bench, describe } from 'vitest';
import { accountEscalations } from './escalations.ts';
import { generatedAccount } from './generated-account.ts';

// `npx vitest bench src/core/account/escalations.bench.ts --run`: the full escalation analysis of
// the generated account (500 users, 200 groups, 2,000 roles, 1,500 customer managed
// policies), one policy in 25 granting what a catalogue path needs, with the studio's catalogue.
const account = generatedAccount({ escalating: true });

describe('escalations over a generated account', () => {
  bench(
    'analyseEscalations, every user and role',
    () => {
      accountEscalations(account);
    },
    { iterations: 1, time: 0, warmupIterations: 0, warmupTime: 0 },
  );
});
