import { describe, expect, it } from 'vitest';
import { SCENARIO_FORMAT } from '../core/index.ts';
import { runCli, SPAWN_TIMEOUT, tempFolder } from './test-support.ts';

const ALICE = 'arn:aws:iam::111122223333:user/alice';
const DOCUMENT = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    { Sid: 'Read', Effect: 'Allow', Action: 's3:GetObject', Resource: '*' },
    { Sid: 'Write', Effect: 'Allow', Action: 's3:PutObject', Resource: '*' },
  ],
});
const ask = (action: string) => ({ principal: ALICE, action, resource: 'arn:aws:s3:::b/k' });

const { file } = tempFolder();
const scenario = file(
  'scenario.json',
  JSON.stringify({
    format: SCENARIO_FORMAT,
    policies: [
      { id: 'app', name: 'App', type: 'identity', document: DOCUMENT },
      {
        id: 'org',
        type: 'scp',
        document: JSON.stringify({ Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] }),
      },
    ],
    requests: [ask('s3:GetObject'), ask('s3:GetObject'), ask('s3:ListBucket')],
  }),
);

describe('simulate --coverage', { timeout: SPAWN_TIMEOUT }, () => {
  it('adds the coverage of each policy after the summary, the rest of the output unchanged', () => {
    const plain = runCli(['simulate', scenario]);
    const covered = runCli(['simulate', scenario, '--coverage']);
    expect(covered.status).toBe(0);
    const output = JSON.parse(covered.stdout);
    expect(Object.keys(output)).toEqual(['results', 'summary', 'coverage']);
    const { coverage, ...rest } = output;
    expect(`${JSON.stringify(rest, null, 2)}\n`).toBe(plain.stdout);
    expect(covered.stdout).toBe(`${JSON.stringify(output, null, 2)}\n`);
    const readStart = DOCUMENT.indexOf('{', 1 + DOCUMENT.indexOf('['));
    expect(coverage).toEqual({
      requests: 3,
      policies: [
        {
          policyId: 'app',
          name: 'App',
          type: 'identity',
          percent: 50,
          decisive: 1,
          counted: 2,
          neverUsed: [1],
          statements: [
            {
              statementIndex: 0,
              sid: 'Read',
              effect: 'Allow',
              range: expect.objectContaining({ start: readStart }),
              decided: 2,
            },
            expect.objectContaining({ statementIndex: 1, sid: 'Write', decided: 0 }),
          ],
        },
        {
          policyId: 'org',
          type: 'scp',
          percent: null,
          decisive: 0,
          counted: 0,
          neverUsed: [],
          statements: [expect.objectContaining({ decided: 0, counted: false })],
        },
      ],
    });
  });

  it('refuses another option with exit 2 and says which', () => {
    const run = runCli(['simulate', scenario, '--coverag']);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('unknown option --coverag');
  });
});
