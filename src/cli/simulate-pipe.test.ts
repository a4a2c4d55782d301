import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SCENARIO_FORMAT } from '../core/index.ts';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'iam-policy-studio.mjs');
const dir = mkdtempSync(join(tmpdir(), 'iam-studio-cli-pipe-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ALICE = 'arn:aws:iam::111122223333:user/alice';
const REQUESTS = 20_000;

/** Runs `simulate FILE` with standard output a pipe that is not read for `waitMs` at first. */
function simulateReadLate(file: string, waitMs: number) {
  return new Promise<{ status: number | null; stdout: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'simulate', file]);
    const chunks: Buffer[] = [];
    child.stdout.pause();
    setTimeout(() => child.stdout.resume(), waitMs);
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', reject);
    child.on('close', (status) =>
      resolve({ status, stdout: Buffer.concat(chunks).toString('utf8') }),
    );
  });
}

describe('simulate through a pipe', () => {
  it('writes the whole output when the reader is slower than the command', async () => {
    const document = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }],
    });
    const requests = Array.from({ length: REQUESTS }, (_, index) => ({
      id: `r${index}`,
      principal: ALICE,
      action: index % 2 === 0 ? 's3:GetObject' : 's3:PutObject',
      resource: `arn:aws:s3:::b/${index}`,
    }));
    const file = join(dir, 'many.json');
    writeFileSync(
      file,
      JSON.stringify({
        format: SCENARIO_FORMAT,
        policies: [{ id: 'p', type: 'identity', attachedTo: [ALICE], document }],
        requests,
      }),
    );
    const { status, stdout } = await simulateReadLate(file, 1000);
    expect(status).toBe(0);
    // Far more than a pipe or socket between processes holds, all of it there and in order.
    expect(stdout.length).toBeGreaterThan(1_500_000);
    const { results, summary } = JSON.parse(stdout);
    expect(results.map((result: { id: string }) => result.id)).toEqual(
      requests.map((request) => request.id),
    );
    expect(summary).toMatchObject({ requests: REQUESTS, allowed: REQUESTS / 2 });
  }, 60_000);
});
