import { describe, expect, it } from 'vitest';
import { readScenario } from '../scenario/read.ts';
import { readAccountDetailsText } from './gaad.ts';

// Tag keys are the user's own strings: one named like an Object member ("__proto__",
// "constructor", "toString") must be read as a tag like any other, not dropped or taken from
// Object.prototype.

const ALICE = 'arn:aws:iam::111122223333:user/alice';

function ownEntries(tags: object): [string, unknown][] {
  return Object.keys(tags).map((key) => [key, Object.getOwnPropertyDescriptor(tags, key)?.value]);
}

describe('tag keys named like Object members', () => {
  it('are kept when get-account-authorization-details output is read', () => {
    const text = JSON.stringify({
      UserDetailList: [
        {
          UserName: 'alice',
          Arn: ALICE,
          GroupList: [],
          AttachedManagedPolicies: [],
          UserPolicyList: [],
          Tags: [
            { Key: '__proto__', Value: 'p' },
            { Key: 'constructor', Value: 'c' },
          ],
        },
      ],
    });
    const read = readAccountDetailsText(text);
    if (!read.ok) throw new Error(read.message);
    const tags = read.account.users[0]!.tags;
    expect(ownEntries(tags)).toEqual([
      ['__proto__', 'p'],
      ['constructor', 'c'],
    ]);
    expect(tags.toString).toBeUndefined();
  });

  it("are kept when a scenario's account is read", () => {
    const text = `{
      "format": "iam-policy-studio/scenario@1",
      "policies": [],
      "requests": [],
      "account": {
        "id": "111122223333",
        "users": [{ "name": "alice", "tags": { "__proto__": "p", "constructor": "c" } }]
      }
    }`;
    const read = readScenario(text);
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    const tags = read.scenario.account!.users[0]!.tags;
    expect(ownEntries(tags)).toEqual([
      ['__proto__', 'p'],
      ['constructor', 'c'],
    ]);
  });
});
