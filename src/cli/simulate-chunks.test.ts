import { describe, expect, it, vi } from 'vitest';
import { SCENARIO_FORMAT } from '../core/index.ts';
import { fileChunks } from './file-chunks.ts';
import type { CliIo } from './io.ts';
import { runCli as runCommand } from './main.ts';
import { runCli as run, SPAWN_TIMEOUT, tempFolder } from './test-support.ts';

// simulate reads a file in chunks of 64 KiB (file-chunks.ts); standard input is read whole. Each
// test here has a file of many chunks, and compares with the same text given on standard input.

const { file } = tempFolder();
vi.setConfig({ testTimeout: SPAWN_TIMEOUT });

const CHUNK_BYTES = 64 * 1024;
const ALICE = 'arn:aws:iam::111122223333:user/alice';
const POLICY = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }],
});

function scenarioText(count: number, id = (index: number) => `r${index}`): string {
  const requests = Array.from({ length: count }, (_, index) => ({
    id: id(index),
    principal: ALICE,
    action: index % 2 ? 's3:GetObject' : 's3:PutObject',
    resource: `arn:aws:s3:::b/${index}`,
  }));
  return JSON.stringify(
    {
      format: SCENARIO_FORMAT,
      policies: [{ id: 'app', type: 'identity', attachedTo: [ALICE], document: POLICY }],
      requests,
    },
    null,
    2,
  );
}

/** simulate over a file holding `content`, and over standard input holding `text`. */
function bothWays(name: string, content: string | Uint8Array, text = String(content)) {
  return {
    fromFile: run(['simulate', file(name, content)]),
    fromInput: run(['simulate', '-'], text),
  };
}

describe('simulate reading a file in chunks', () => {
  it('decides what reading it whole decides, a character cut by a chunk end included', () => {
    // The first id is 40,000 two-byte characters, so the first chunk ends inside it: begun one
    // ASCII character later or not, so that the chunk ends between a character's two bytes.
    const withIds = (lead: string) =>
      scenarioText(3_000, (index) => (index === 0 ? `${lead}${'é'.repeat(40_000)}` : `é${index}𝄞`));
    const idAt = (text: string) => Buffer.byteLength(text.slice(0, text.indexOf('é')));
    const text = (CHUNK_BYTES - idAt(withIds(''))) % 2 === 1 ? withIds('') : withIds('x');
    // A byte 10xxxxxx continues a character that began in the chunk before.
    expect(Buffer.from(text)[CHUNK_BYTES]! & 0xc0).toBe(0x80);
    const { fromFile, fromInput } = bothWays('multi-byte.json', text);
    expect(fromFile.stderr).toBe('');
    expect(fromFile.status).toBe(0);
    expect(fromFile.stdout).toBe(fromInput.stdout);
    expect(JSON.parse(fromFile.stdout).results[2_999].id).toBe('é2999𝄞');
  });

  it('reads a file it can read in chunks never whole', () => {
    const path = file(
      'never-whole.json',
      scenarioText(3_000, (index) => `é${index}𝄞`),
    );
    let stdout = '';
    const decoder = new TextDecoder();
    const io: CliIo = {
      readInput: () => {
        throw new Error('read whole');
      },
      readChunks: fileChunks,
      stdout: (piece) =>
        (stdout += typeof piece === 'string' ? piece : decoder.decode(piece, { stream: true })),
      stderr: (text) => {
        throw new Error(text);
      },
    };
    expect(runCommand(['simulate', path], io)).toBe(0);
    expect(stdout).toBe(run(['simulate', path]).stdout);
  });

  it('a byte order mark before a text of many chunks', () => {
    const text = scenarioText(3_000);
    const { fromFile, fromInput } = bothWays('bom-many.json', `\uFEFF${text}`, text);
    expect(fromFile.status).toBe(0);
    expect(fromFile.stdout).toBe(fromInput.stdout);
  });

  it('bytes that are not UTF-8 in a later chunk: refused with their place', () => {
    const bytes = Buffer.from(scenarioText(3_000));
    const at = bytes.indexOf('"r2500"') + 2;
    bytes[at] = 0xc3;
    bytes[at + 1] = 0x28;
    const result = run(['simulate', file('bad-utf8.json', bytes)]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(
      new RegExp(
        `bad-utf8\\.json:\\d+:15: error: Not UTF-8 text: byte 0xC3 at byte offset ${at} does not`,
      ),
    );
  });

  it('a NUL byte in a later chunk: refused with its place', () => {
    const bytes = Buffer.from(scenarioText(3_000));
    const at = bytes.indexOf('"r2500"') + 2;
    bytes[at] = 0;
    const result = run(['simulate', file('nul.json', bytes)]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(`Not a text file: a NUL byte at byte offset ${at}`);
  });

  it('a request wrong in a later chunk, or a text cut short: no results, the same report', () => {
    const text = scenarioText(3_000);
    const wrong = text.replace('"id": "r2500"', '"id": 2500');
    const cases = [
      bothWays('wrong-late.json', wrong),
      bothWays('cut.json', text.slice(0, -10)),
      bothWays('twice.json', text.replace('"id": "r2500"', '"id": "r7"')),
    ];
    for (const { fromFile, fromInput } of cases) {
      expect(fromFile.status).toBe(2);
      expect(fromFile.stdout).toBe('');
      expect(fromFile.stderr.replace(/^\S+?\.json:/gm, '')).toBe(
        fromInput.stderr.replace(/^-:/gm, ''),
      );
    }
  });

  it('requests that are not the last field: read whole, the same results', () => {
    const text = scenarioText(3_000).replace(/\n}$/, ',\n  "note": "after the requests"\n}');
    const { fromFile, fromInput } = bothWays('not-last.json', text);
    expect(fromFile.status).toBe(0);
    expect(fromFile.stdout).toBe(fromInput.stdout);
    expect(JSON.parse(fromFile.stdout).summary.requests).toBe(3_000);
  });
});
