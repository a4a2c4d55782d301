import { describe, expect, it } from 'vitest';
import { parseRequestPrincipal } from '../principal/request-principal.ts';
import { AttachedIndex } from './attached-index.ts';

const policy = (name: string, attachedTo?: string[]) => ({ name, source: { attachedTo } });
const names = (found: Set<{ name: string }>) => [...found].map((entry) => entry.name).sort();

describe('AttachedIndex: the policies that may apply to a principal', () => {
  const index = new AttachedIndex([
    policy('everyone'),
    policy('alice', ['arn:aws:iam::111122223333:user/alice']),
    policy('pattern', ['arn:aws:iam::111122223333:user/a*']),
    policy('deploy', ['arn:aws:iam::111122223333:role/ci/Deploy']),
    policy('one-session', ['arn:aws:sts::111122223333:assumed-role/Deploy/run-1']),
  ]);

  it('finds a policy attached to the user by its exact ARN, and patterns always', () => {
    const alice = parseRequestPrincipal('arn:aws:iam::111122223333:user/alice');
    expect(names(index.candidates(alice))).toEqual(['alice', 'everyone', 'pattern']);
    const bob = parseRequestPrincipal('arn:aws:iam::111122223333:user/bob');
    expect(names(index.candidates(bob))).toEqual(['everyone', 'pattern']);
  });

  it('finds a role policy for a session whose role path is unknown, and one for that session', () => {
    const session = parseRequestPrincipal('arn:aws:sts::111122223333:assumed-role/Deploy/run-1');
    expect(names(index.candidates(session))).toEqual([
      'deploy',
      'everyone',
      'one-session',
      'pattern',
    ]);
  });
});
