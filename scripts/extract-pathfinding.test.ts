import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { STUDIO_CATALOGUE } from '../src/core/escalation/studio-catalogue.ts';
import { compareCatalogue, readPathfinding } from './extract-pathfinding.ts';

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

afterEach(() => rmSync(repository, { recursive: true, force: true }));

describe('readPathfinding', () => {
  it("reads each path's id, name and required actions at the snapshot's HEAD, as PyYAML reads a repeated key", () => {
    const snapshot = readPathfinding(
      makeRepository({
        'data/paths/lambda/lambda-001.yaml': LAMBDA_001,
        'data/paths/iam/iam-001.yaml': IAM_001,
      }),
    );
    expect(snapshot.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(snapshot.paths).toEqual([
      { id: 'iam-001', name: 'iam:CreatePolicyVersion', actions: ['iam:CreatePolicyVersion'] },
      {
        id: 'lambda-001',
        name: 'iam:PassRole + lambda:CreateFunction + lambda:InvokeFunction',
        actions: ['iam:PassRole', 'lambda:CreateFunction', 'lambda:InvokeFunction'],
      },
    ]);
  });

  it('names the file of a path without a required permission', () => {
    const directory = makeRepository({
      'data/paths/iam/iam-099.yaml': 'id: iam-099\nname: x\npermissions:\n  required: []\n',
    });
    expect(() => readPathfinding(directory)).toThrow(
      'data/paths/iam/iam-099.yaml: no required permission',
    );
  });
});

describe('compareCatalogue lists what a maintainer has to look at', () => {
  const lambda001 = ['iam:PassRole', 'lambda:CreateFunction', 'lambda:InvokeFunction'];

  it("finds nothing when the upstream paths are the studio's, in any order of actions", () => {
    const upstream = STUDIO_CATALOGUE.paths.map((path) => ({
      id: path.id,
      name: path.name,
      actions: path.permissions.map((permission) => permission.action).reverse(),
    }));
    expect(compareCatalogue(STUDIO_CATALOGUE, upstream)).toEqual([]);
  });

  it('a path the studio lacks, one read with other permissions, one upstream no longer has', () => {
    const catalogue = {
      ...STUDIO_CATALOGUE,
      paths: STUDIO_CATALOGUE.paths.filter((path) => ['iam-001', 'lambda-001'].includes(path.id)),
    };
    const upstream = [
      { id: 'iam-001', name: 'iam:CreatePolicyVersion', actions: ['iam:CreatePolicyVersion'] },
      { id: 'iam-099', name: 'iam:NewThing', actions: ['iam:NewThing'] },
      { id: 'lambda-001', name: 'changed', actions: lambda001.slice(0, 2) },
    ];
    expect(compareCatalogue(catalogue, upstream)).toEqual([
      { id: 'iam-099', kind: 'missing', detail: 'iam:NewThing' },
      {
        id: 'lambda-001',
        kind: 'permissions',
        detail:
          'pathfinding.cloud: iam:PassRole + lambda:CreateFunction; studio: iam:PassRole + lambda:CreateFunction + lambda:InvokeFunction',
      },
    ]);
    expect(compareCatalogue(catalogue, upstream.slice(0, 1))).toEqual([
      { id: 'lambda-001', kind: 'not-upstream', detail: lambda001.join(' + ') },
    ]);
  });
});
