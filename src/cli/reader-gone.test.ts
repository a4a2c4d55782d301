import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { EXIT_READER_GONE } from './main.ts';
import { CLI_BIN, SPAWN_TIMEOUT, tempFolder } from './test-support.ts';

const { file } = tempFolder();

function manyRequests(count: number): string {
  const document = {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }],
  };
  const requests = Array.from({ length: count }, (_, index) => ({
    principal: 'arn:aws:iam::111122223333:user/alice',
    action: 's3:GetObject',
    resource: `arn:aws:s3:::reports/${index}.csv`,
  }));
  return JSON.stringify({
    format: 'iam-policy-studio/scenario@1',
    policies: [{ id: 'reports', type: 'identity', document }],
    requests,
  });
}

describe('a reader that closes standard output early (| head)', () => {
  it(
    'stops the command quietly with the status SIGPIPE gives a Unix tool',
    async () => {
      const scenario = file('many.json', manyRequests(5000));
      const child = spawn(process.execPath, [CLI_BIN, 'simulate', scenario]);
      child.stdout.destroy();
      let stderr = '';
      child.stderr.on('data', (piece: Buffer) => (stderr += piece.toString()));
      const status = await new Promise((resolve) => child.on('close', resolve));
      expect(stderr).toBe('');
      expect(status).toBe(EXIT_READER_GONE);
    },
    SPAWN_TIMEOUT,
  );
});
