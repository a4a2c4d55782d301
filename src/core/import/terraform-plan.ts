import { isObject, type JsonObject } from '../scenario/detect.ts';
import type { PolicyType } from '../scenario/model.ts';
import {
  addOrganizationsPolicy,
  noPolicyResources,
  PolicyCollector,
  type FoundPolicies,
} from './found.ts';

interface PlannedResource {
  address: string;
  type: string;
  values: JsonObject;
}

type ResourceReader = (collector: PolicyCollector, resource: PlannedResource) => void;

/** A policy attribute Terraform has not planned yet is absent (known only after apply). */
function addAttribute(
  collector: PolicyCollector,
  type: PolicyType,
  { address, values }: PlannedResource,
  attribute: string,
): void {
  const value = values[attribute];
  if (value === undefined || value === null) {
    collector.notes.push(`${address}.${attribute} is not known until apply, so it was left out`);
  } else collector.add(type, address, value, `${address}.${attribute}`);
}

const attribute =
  (type: PolicyType, name: string): ResourceReader =>
  (collector, resource) =>
    addAttribute(collector, type, resource, name);

/** `inline_policy` blocks of aws_iam_role: [{name, policy}], an empty one when there are none. */
function inlinePolicies(collector: PolicyCollector, { address, values }: PlannedResource): void {
  const blocks = Array.isArray(values.inline_policy) ? values.inline_policy : [];
  blocks.forEach((block: unknown, index) => {
    if (!isObject(block) || !block.policy) return;
    const name = typeof block.name === 'string' && block.name ? block.name : String(index + 1);
    collector.add(
      'identity',
      `${address}/${name}`,
      block.policy,
      `${address}.inline_policy[${index}]`,
    );
  });
}

/**
 * The AWS provider's resources whose arguments hold a policy as a JSON string (registry.terraform.io
 * /providers/hashicorp/aws/latest/docs); aws_organizations_policy calls it `content`, with a `type`
 * that defaults to SERVICE_CONTROL_POLICY.
 */
const READERS: Record<string, ResourceReader> = {
  aws_iam_policy: attribute('identity', 'policy'),
  aws_iam_role_policy: attribute('identity', 'policy'),
  aws_iam_user_policy: attribute('identity', 'policy'),
  aws_iam_group_policy: attribute('identity', 'policy'),
  aws_iam_role: (collector, resource) => {
    addAttribute(collector, 'trust', resource, 'assume_role_policy');
    inlinePolicies(collector, resource);
  },
  aws_s3_bucket_policy: attribute('resource', 'policy'),
  aws_sqs_queue_policy: attribute('resource', 'policy'),
  aws_sns_topic_policy: attribute('resource', 'policy'),
  aws_kms_key: attribute('resource', 'policy'),
  aws_organizations_policy: (collector, { address, values }) =>
    addOrganizationsPolicy(
      collector,
      values.type ?? 'SERVICE_CONTROL_POLICY',
      address,
      values.content,
      `${address}.content`,
    ),
};

/** Whether a JSON object is `terraform show -json` of a plan (or of a state). */
export function isTerraformPlan(root: JsonObject): boolean {
  return isObject(root.planned_values) || (isObject(root.values) && 'terraform_version' in root);
}

/** The managed resources of a module and of its child modules, depth first. */
function resourcesOf(module: unknown): PlannedResource[] {
  if (!isObject(module)) return [];
  const own = (Array.isArray(module.resources) ? module.resources : []).flatMap(
    (resource: unknown) =>
      isObject(resource) &&
      resource.mode !== 'data' &&
      typeof resource.address === 'string' &&
      typeof resource.type === 'string'
        ? [
            {
              address: resource.address,
              type: resource.type,
              values: isObject(resource.values) ? resource.values : {},
            },
          ]
        : [],
  );
  const children = Array.isArray(module.child_modules) ? module.child_modules : [];
  return [...own, ...children.flatMap(resourcesOf)];
}

/**
 * The policies of a Terraform JSON plan (https://developer.hashicorp.com/terraform/internals/json-format):
 * planned_values.root_module and its child_modules, one policy per resource, named by its address.
 */
export function readTerraformPlan(root: JsonObject): FoundPolicies | { refusal: string } {
  const values = isObject(root.planned_values) ? root.planned_values : root.values;
  const resources = resourcesOf(isObject(values) ? values.root_module : undefined);
  const collector = new PolicyCollector();
  for (const resource of resources) READERS[resource.type]?.(collector, resource);
  if (collector.policies.length === 0 && collector.notes.length === 0) {
    const listed = resources.map((resource) => resource.address);
    return noPolicyResources('Terraform plan', Object.keys(READERS), listed);
  }
  return collector.found('a Terraform plan');
}
