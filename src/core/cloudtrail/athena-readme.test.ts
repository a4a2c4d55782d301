import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ATHENA_COLUMNS } from './athena-csv.ts';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const query = read('./athena-aggregation.sql')
  .split('\n')
  .filter((line) => !line.startsWith('--'))
  .join('\n')
  .trim();

describe('the Athena aggregation query', () => {
  it('is printed in the README as the file the reader follows holds it', () => {
    expect(read('../../../README.md')).toContain(`\`\`\`sql\n${query}\n\`\`\``);
  });

  it('names every column the CSV import reads, in order', () => {
    const names = [...query.matchAll(/ AS ([a-z_]+),?$/gm)].map((match) => match[1]);
    expect(names).toEqual([...ATHENA_COLUMNS]);
  });
});
