import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './test-support.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const EXAMPLES = readdirSync(join(ROOT, 'examples')).filter((name) => name.endsWith('.json'));

describe('the README examples', () => {
  it.each(EXAMPLES)('%s: every expectation holds with the command the README shows', (name) => {
    const result = runCli(['simulate', join('examples', name)], undefined, ROOT);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const output = JSON.parse(result.stdout) as {
      summary: { failedExpectations: number; requests: number };
    };
    expect(output.summary.requests).toBeGreaterThan(0);
    expect(output.summary.failedExpectations).toBe(0);
  });
});
