import type { CataloguePath, PathCategory, PassRole, StepResource } from './catalogue-model.ts';

/** The AWS API Reference of each service the studio catalogue names, by action prefix. */
const API_REFERENCE: Readonly<Record<string, string>> = {
  iam: 'https://docs.aws.amazon.com/IAM/latest/APIReference/',
  sts: 'https://docs.aws.amazon.com/STS/latest/APIReference/',
  lambda: 'https://docs.aws.amazon.com/lambda/latest/api/',
  ec2: 'https://docs.aws.amazon.com/AWSEC2/latest/APIReference/',
  'ec2-instance-connect': 'https://docs.aws.amazon.com/ec2-instance-connect/latest/APIReference/',
  cloudformation: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/',
  glue: 'https://docs.aws.amazon.com/glue/latest/webapi/',
  codebuild: 'https://docs.aws.amazon.com/codebuild/latest/APIReference/',
  ecs: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/',
  sagemaker: 'https://docs.aws.amazon.com/sagemaker/latest/APIReference/',
  datapipeline: 'https://docs.aws.amazon.com/datapipeline/latest/APIReference/',
  apprunner: 'https://docs.aws.amazon.com/apprunner/latest/api/',
  'bedrock-agentcore': 'https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/',
  ssm: 'https://docs.aws.amazon.com/systems-manager/latest/APIReference/',
};

/** The API Reference page of `action` (service:Operation), e.g. .../IAM/latest/APIReference/API_PassRole.html. */
export function apiReference(action: string): string {
  const [service = '', operation = ''] = action.split(':');
  const base = API_REFERENCE[service];
  if (!base || !operation) throw new Error(`no API Reference for ${action}`);
  return `${base}API_${operation}.html`;
}

export interface Technique {
  /** pathfinding.cloud's id for the same technique. */
  id: string;
  category: PathCategory;
  /** The action the technique turns on: its API Reference page is the path's `docs`. */
  key: string;
  description: string;
  /** Each required action with the account resource it is asked on. */
  permissions: readonly (readonly [string, StepResource])[];
  passRole?: PassRole;
}

/** A technique as a catalogue path: its name, pathfinding.cloud page and API Reference page. */
export function technique(entry: Technique): CataloguePath {
  const permissions = entry.permissions.map(([action, resource]) => ({ action, resource }));
  const path: CataloguePath = {
    id: entry.id,
    name: [...new Set(permissions.map((permission) => permission.action))].join(' + '),
    category: entry.category,
    description: entry.description,
    url: `https://pathfinding.cloud/paths/${entry.id}`,
    docs: apiReference(entry.key),
    permissions,
  };
  if (entry.passRole) path.passRole = entry.passRole;
  return path;
}
