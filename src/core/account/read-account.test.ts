import { describe, expect, it } from 'vitest';
import { readScenario } from '../scenario/read.ts';
import { scenarioText as scenarioFileText } from '../scenario/scenario-text-fixtures.ts';
import { writeScenario } from '../scenario/write.ts';

const POLICY =
  '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}';

/** The scenario file with `account` as its field account, or without that field. */
function scenarioText(account?: unknown): string {
  return scenarioFileText(account === undefined ? {} : { account }, POLICY);
}

/** A user as the scenario gives it: every field but its ARN. */
const ALICE = {
  name: 'alice',
  path: '/staff/',
  groups: ['Developers'],
  attached: ['arn:aws:iam::aws:policy/ReadOnlyAccess'],
  inline: [{ name: 'reports', document: POLICY }],
  boundary: 'arn:aws:iam::111122223333:policy/Boundary',
  tags: { team: 'data' },
};

const ACCOUNT = {
  id: '111122223333',
  users: [ALICE],
  groups: [
    {
      name: 'Developers',
      inline: [{ name: 'dev', document: { Version: '2012-10-17', Statement: [] } }],
    },
  ],
  roles: [
    {
      name: 'deploy',
      arn: 'arn:aws:iam::111122223333:role/ci/deploy',
      trust: POLICY,
      maxSessionDuration: 7200,
      createDate: '2019-04-18T20:45:08Z',
      lastUsed: { lastUsedDate: '2026-11-01T10:00:00Z', region: 'eu-west-1' },
      instanceProfiles: [],
    },
  ],
  policies: [
    { arn: 'arn:aws:iam::111122223333:policy/Boundary', defaultVersionId: 'v2', document: POLICY },
  ],
};

function read(text: string) {
  const result = readScenario(text);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.scenario;
}

describe('the scenario field account', () => {
  it('is absent from a scenario without it, which reads as before', () => {
    const scenario = read(scenarioText());
    expect('account' in scenario).toBe(false);
    expect(scenario.policies).toHaveLength(1);
    expect(writeScenario(scenario)).not.toContain('"account"');
  });

  it('reads users, groups, roles and policies; an ARN left out is made from the account id, path and name', () => {
    const { account } = read(scenarioText(ACCOUNT));
    expect(account?.id).toBe('111122223333');
    expect(account?.users[0]).toEqual({
      ...ALICE,
      arn: 'arn:aws:iam::111122223333:user/staff/alice',
    });
    expect(account?.groups[0]).toMatchObject({
      arn: 'arn:aws:iam::111122223333:group/Developers',
      path: '/',
    });
    expect(JSON.parse(account!.groups[0]!.inline[0]!.document)).toEqual({
      Version: '2012-10-17',
      Statement: [],
    });
    expect(account?.roles[0]).toMatchObject({
      arn: 'arn:aws:iam::111122223333:role/ci/deploy',
      trust: POLICY,
      maxSessionDuration: 7200,
      createDate: '2019-04-18T20:45:08Z',
      lastUsed: { lastUsedDate: '2026-11-01T10:00:00Z', region: 'eu-west-1' },
    });
    expect(account?.policies[0]).toEqual({
      arn: 'arn:aws:iam::111122223333:policy/Boundary',
      name: 'Boundary',
      path: '/',
      defaultVersionId: 'v2',
      document: POLICY,
      isAwsManaged: false,
    });
  });

  it('is written back and reads the same', () => {
    const scenario = read(scenarioText(ACCOUNT));
    expect(read(writeScenario(scenario))).toEqual(scenario);
  });

  it('refuses a wrong field with its line and column', () => {
    const text = scenarioText({
      id: '1234',
      users: [{ path: '/' }],
      roles: [
        {
          name: 'r',
          arn: 'arn:aws:iam::111122223333:role/r',
          trust: POLICY,
          maxSessionDuration: 60,
        },
      ],
    });
    const result = readScenario(text);
    if (result.ok) throw new Error('read');
    const lines = text.split('\n');
    const lineOf = (needle: string) => lines.findIndex((line) => line.includes(needle)) + 1;
    expect(result.errors.map(({ message, line }) => [message, line])).toEqual([
      ['account.id must be 12 digits', lineOf('"id": "1234"')],
      ['account.users[0].name is required', lineOf('"users"') + 1],
      [
        'account.roles[0].maxSessionDuration must be a whole number of seconds from 3600 to 43200',
        lineOf('"maxSessionDuration"'),
      ],
    ]);
    const noId = readScenario(scenarioText({ users: [{ name: 'a' }] }));
    expect(noId.ok ? [] : noId.errors.map((error) => error.message)).toEqual([
      'account.users[0].arn is required when the account has no id',
    ]);
    expect(readScenario(scenarioText([])).ok).toBe(false);
  });
});
