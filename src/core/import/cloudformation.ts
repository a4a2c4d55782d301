import { isObject, type JsonObject } from '../scenario/detect.ts';
import type { PolicyType } from '../scenario/model.ts';
import { readIntrinsics } from './cfn-intrinsics.ts';
import {
  addOrganizationsPolicy,
  noPolicyResources,
  PolicyCollector,
  type FoundPolicies,
} from './found.ts';

type ResourceReader = (collector: PolicyCollector, id: string, properties: JsonObject) => void;

const document =
  (type: PolicyType, property: string): ResourceReader =>
  (collector, id, properties) =>
    collector.add(type, id, properties[property], `${id}.${property}`);

/** The inline policies of a role, user or group: `Policies: [{PolicyName, PolicyDocument}]`. */
function inlinePolicies(collector: PolicyCollector, id: string, properties: JsonObject): void {
  const policies = Array.isArray(properties.Policies) ? properties.Policies : [];
  policies.forEach((policy: unknown, index) => {
    const entry = isObject(policy) ? policy : {};
    const name = typeof entry.PolicyName === 'string' ? entry.PolicyName : String(index + 1);
    collector.add('identity', `${id}/${name}`, entry.PolicyDocument, `${id}.Policies[${index}]`);
  });
}

/**
 * The resources whose properties hold policies, from the CloudFormation template reference
 * (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-iam-role.html
 * and the pages beside it): each gives one policy named after its logical id, a role also its
 * inline policies.
 */
const READERS: Record<string, ResourceReader> = {
  'AWS::IAM::Policy': document('identity', 'PolicyDocument'),
  'AWS::IAM::ManagedPolicy': document('identity', 'PolicyDocument'),
  'AWS::IAM::RolePolicy': document('identity', 'PolicyDocument'),
  'AWS::IAM::UserPolicy': document('identity', 'PolicyDocument'),
  'AWS::IAM::GroupPolicy': document('identity', 'PolicyDocument'),
  'AWS::IAM::Role': (collector, id, properties) => {
    document('trust', 'AssumeRolePolicyDocument')(collector, id, properties);
    inlinePolicies(collector, id, properties);
  },
  'AWS::IAM::User': inlinePolicies,
  'AWS::IAM::Group': inlinePolicies,
  'AWS::S3::BucketPolicy': document('resource', 'PolicyDocument'),
  'AWS::SQS::QueuePolicy': document('resource', 'PolicyDocument'),
  'AWS::SNS::TopicPolicy': document('resource', 'PolicyDocument'),
  'AWS::KMS::Key': document('resource', 'KeyPolicy'),
  // Content is "a JSON object or a JSON string"; Type says SCP or RCP.
  'AWS::Organizations::Policy': (collector, id, properties) =>
    addOrganizationsPolicy(collector, properties.Type, id, properties.Content, `${id}.Content`),
};

export const POLICY_RESOURCE_TYPES = Object.keys(READERS);

/** Whether a JSON object is a CloudFormation template: it has a map of Resources. */
export function isCloudFormationTemplate(root: JsonObject): boolean {
  return (
    isObject(root.Resources) &&
    ('AWSTemplateFormatVersion' in root || hasTypedResource(root.Resources))
  );
}

function hasTypedResource(resources: JsonObject): boolean {
  return Object.values(resources).some(
    (resource) => isObject(resource) && typeof resource.Type === 'string',
  );
}

function resourceList(resources: JsonObject): string[] {
  return Object.entries(resources).map(([id, resource]) => {
    const type = isObject(resource) ? resource.Type : undefined;
    return typeof type === 'string' ? `${id} (${type})` : id;
  });
}

/** The policies of a CloudFormation template (JSON, or YAML already read), one per resource. */
export function readCloudFormationTemplate(root: JsonObject): FoundPolicies | { refusal: string } {
  const resources = isObject(root.Resources) ? root.Resources : {};
  const collector = new PolicyCollector();
  for (const [id, resource] of Object.entries(resources)) {
    if (!isObject(resource) || typeof resource.Type !== 'string') continue;
    const reader = READERS[resource.Type];
    if (!reader) continue;
    const properties = readIntrinsics(resource.Properties ?? {}, collector.notes, id);
    reader(collector, id, isObject(properties) ? properties : {});
  }
  if (collector.policies.length === 0 && collector.notes.length === 0) {
    return noPolicyResources(
      'CloudFormation template',
      POLICY_RESOURCE_TYPES,
      resourceList(resources),
    );
  }
  return collector.found('a CloudFormation template');
}
