import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { extractPathfinding } from './extract-pathfinding.ts';

// Paths written in the catalogue's YAML schema (pathfinding.cloud SCHEMA.md), with our own texts.
const IAM_001 = `id: iam-001
name: iam:CreatePolicyVersion
category: self-escalation
description: A principal writes a new default version of a policy attached to it. Then it has what it wrote.
permissions:
  required:
  - permission: iam:CreatePolicyVersion
    resourceConstraints: The policy attached to the principal
references:
- title: first
  url: https://example.com/first
references:
- title: repeated key, the last is kept as PyYAML does
  url: https://example.com/second
`;

const LAMBDA_001 = `id: lambda-001
name: iam:PassRole + lambda:CreateFunction + lambda:InvokeFunction
category: new-passrole
description: A function runs as the passed role.
prerequisites:
  admin:
  - A role must exist that trusts lambda.amazonaws.com to assume it
permissions:
  required:
  - permission: iam:PassRole
    resourceConstraints: The role to pass
  - permission: lambda:CreateFunction
  - permission: lambda:InvokeFunction
`;

const UNREAD = `id: iam-099
name: iam:CreateServiceLinkedRole
category: principal-access
description: An action the studio has no reading of.
permissions:
  required:
  - permission: iam:CreateServiceLinkedRole
`;

let repository = '';

function makeRepository(files: Record<string, string>): string {
  repository = mkdtempSync(join(tmpdir(), 'pathfinding-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(repository, name)), { recursive: true });
    writeFileSync(join(repository, name), text);
  }
  const git = (...args: string[]) =>
    execFileSync('git', ['-C', repository, '-c', 'user.name=t', '-c', 'user.email=t@t', ...args]);
  git('init', '-q');
  git('add', '.');
  git('commit', '-q', '-m', 'paths');
  return repository;
}

const LICENSE_FILES = {
  LICENSE: 'Apache License\nVersion 2.0, January 2004\n',
  NOTICE: 'Datadog pathfinding.cloud\n',
};

afterEach(() => rmSync(repository, { recursive: true, force: true }));

describe('extractPathfinding', () => {
  it('keeps the ids and reads each permission with the resource it is asked on', () => {
    const { catalogue } = extractPathfinding(
      makeRepository({
        ...LICENSE_FILES,
        'data/paths/lambda/lambda-001.yaml': LAMBDA_001,
        'data/paths/iam/iam-001.yaml': IAM_001,
      }),
    );
    expect(catalogue.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(catalogue.paths).toEqual([
      {
        id: 'iam-001',
        name: 'iam:CreatePolicyVersion',
        category: 'self-escalation',
        description: 'A principal writes a new default version of a policy attached to it.',
        url: 'https://pathfinding.cloud/paths/iam-001',
        permissions: [{ action: 'iam:CreatePolicyVersion', resource: 'own-policy' }],
      },
      {
        id: 'lambda-001',
        name: 'iam:PassRole + lambda:CreateFunction + lambda:InvokeFunction',
        category: 'new-passrole',
        description: 'A function runs as the passed role.',
        url: 'https://pathfinding.cloud/paths/lambda-001',
        permissions: [
          { action: 'iam:PassRole', resource: 'passed-role' },
          { action: 'lambda:CreateFunction', resource: 'new-resource' },
          { action: 'lambda:InvokeFunction', resource: 'new-resource' },
        ],
        passRole: { services: ['lambda.amazonaws.com'], runsCode: true },
      },
    ]);
  });

  it('writes a notice with the source, the commit, the licence and the command to run again', () => {
    const { catalogue, notice } = extractPathfinding(
      makeRepository({ ...LICENSE_FILES, 'data/paths/iam/iam-001.yaml': IAM_001 }),
    );
    expect(notice).toContain('https://github.com/DataDog/pathfinding.cloud');
    expect(notice).toContain(`Commit: ${catalogue.commit}`);
    expect(notice).toContain('Apache License\nVersion 2.0, January 2004');
    expect(notice).toContain('Datadog pathfinding.cloud');
    expect(notice).toContain('npx tsx scripts/extract-pathfinding.ts');
  });

  it('stops on an IAM action it has no reading of, naming the file', () => {
    const directory = makeRepository({ ...LICENSE_FILES, 'data/paths/iam/iam-099.yaml': UNREAD });
    expect(() => extractPathfinding(directory)).toThrow(
      "data/paths/iam/iam-099.yaml iam:CreateServiceLinkedRole: no reading of iam:CreateServiceLinkedRole's resource; add one",
    );
  });
});
