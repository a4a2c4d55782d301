import { describe, expect, it } from 'vitest';
import { splitCatalogue } from './find-escalations.ts';
import { readCatalogue } from './read-catalogue.ts';
import { STUDIO_CATALOGUE } from './studio-catalogue.ts';

const ids = STUDIO_CATALOGUE.paths.map((path) => path.id);

describe("the studio's own escalation catalogue", () => {
  it('reads with readCatalogue unchanged', () => {
    expect(readCatalogue(structuredClone(STUDIO_CATALOGUE))).toEqual(STUDIO_CATALOGUE);
  });

  it('gives each path a distinct id', () => {
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has every IAM and STS technique of pathfinding.cloud, iam-001 to iam-021 and sts-001', () => {
    const iam = Array.from(
      { length: 21 },
      (_, index) => `iam-${String(index + 1).padStart(3, '0')}`,
    );
    expect(ids).toEqual(expect.arrayContaining([...iam, 'sts-001']));
  });

  it('passes roles to every service that runs code as the passed role', () => {
    const services = new Set(
      STUDIO_CATALOGUE.paths.flatMap((path) => path.passRole?.services ?? []),
    );
    expect([...services].sort()).toEqual([
      'bedrock-agentcore.amazonaws.com',
      'cloudformation.amazonaws.com',
      'codebuild.amazonaws.com',
      'datapipeline.amazonaws.com',
      'ec2.amazonaws.com',
      'ecs-tasks.amazonaws.com',
      'elasticmapreduce.amazonaws.com',
      'glue.amazonaws.com',
      'lambda.amazonaws.com',
      'sagemaker.amazonaws.com',
      'tasks.apprunner.amazonaws.com',
    ]);
  });

  it("cites the AWS API Reference page of one of each path's actions, and links its pathfinding.cloud page", () => {
    for (const path of STUDIO_CATALOGUE.paths) {
      const operations = path.permissions.map((permission) => permission.action.split(':')[1]);
      const page = /^https:\/\/docs\.aws\.amazon\.com\/[^ ]+\/API_([A-Za-z]+)\.html$/.exec(
        path.docs,
      );
      expect(operations, path.id).toContain(page?.[1]);
      expect(path.url).toBe(`https://pathfinding.cloud/paths/${path.id}`);
    }
  });

  it('reports the paths on resources an account does not list as not analysed, with the reason', () => {
    const { analysed, notAnalysed } = splitCatalogue(STUDIO_CATALOGUE);
    expect(notAnalysed.map((path) => path.pathId)).toEqual(
      expect.arrayContaining([
        'lambda-003',
        'ec2-002',
        'ssm-002',
        'glue-005',
        'cloudformation-002',
      ]),
    );
    expect(notAnalysed.every((path) => path.reason.includes('must already exist'))).toBe(true);
    expect(analysed.length + notAnalysed.length).toBe(STUDIO_CATALOGUE.paths.length);
  });
});
