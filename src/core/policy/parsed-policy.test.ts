import { parseTree } from 'jsonc-parser';
import { describe, expect, it, vi } from 'vitest';
import { parseValidJson } from './json-tree.ts';
import { parsePolicy } from './parse.ts';
import { withJsonTree } from './parsed-policy.ts';

// Spied on, to count the times a text is read into a tree.
vi.mock(import('jsonc-parser'), { spy: true });
vi.mock(import('./json-tree.ts'), { spy: true });

const VALID = '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*"}]}';
const BROKEN = '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*",}]}';

describe('withJsonTree', () => {
  it('gives the tree it was given, reading no text', () => {
    const parsed = parsePolicy(VALID);
    vi.clearAllMocks();
    const again = withJsonTree(parsed, parsed.tree);
    expect(again.tree).toBe(parsed.tree);
    expect(vi.mocked(parseValidJson)).not.toHaveBeenCalled();
  });

  it.each([
    ['valid JSON', VALID, { parseValidJson: 1, parseTree: 0 }],
    ['JSON with an error', BROKEN, { parseValidJson: 1, parseTree: 1 }],
  ])('without a tree, reads the tree of %s once, as parsePolicy reads it', (_, text, reads) => {
    const parsed = parsePolicy(text);
    vi.clearAllMocks();
    const { text: read, policy, problems, ok } = parsed;
    const lazy = withJsonTree({ text: read, policy, problems, ok });
    expect(lazy.tree).toEqual(parsed.tree);
    expect(lazy.tree).toBe(lazy.tree);
    expect({
      parseValidJson: vi.mocked(parseValidJson).mock.calls.length,
      parseTree: vi.mocked(parseTree).mock.calls.length,
    }).toEqual(reads);
  });
});
