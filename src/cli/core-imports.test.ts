import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const CLI = import.meta.dirname;
const SOURCES = readdirSync(CLI).filter(
  (name) => name.endsWith('.ts') && !name.endsWith('.test.ts'),
);

describe('the command line', () => {
  it.each(SOURCES)('%s imports the core only through src/core/index.ts', (name) => {
    const text = readFileSync(join(CLI, name), 'utf8');
    const fromCore = [...text.matchAll(/from '(\.\.\/core\/[^']*)'/g)].map((match) => match[1]);
    expect(fromCore.filter((path) => path !== '../core/index.ts')).toEqual([]);
  });
});
