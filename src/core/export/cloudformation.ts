import { stringify } from 'yaml';
import type { ScenarioPolicy } from '../scenario/model.ts';
import { iamPolicyNameFrom, identifierFrom } from './names.ts';

/**
 * The policy as an `AWS::IAM::ManagedPolicy` in a CloudFormation YAML template. The document must
 * be valid JSON (comments cannot be carried into YAML); undefined when it is not.
 */
export function toCloudFormation(policy: ScenarioPolicy): string | undefined {
  let document: unknown;
  try {
    document = JSON.parse(policy.document);
  } catch {
    return undefined;
  }
  const name = policy.name ?? policy.id;
  const logicalId = identifierFrom(name, 'Policy').replace(/_/g, '');
  const template = {
    AWSTemplateFormatVersion: '2010-09-09',
    Resources: {
      [logicalId]: {
        Type: 'AWS::IAM::ManagedPolicy',
        Properties: {
          ManagedPolicyName: iamPolicyNameFrom(name, 'policy'),
          PolicyDocument: document,
        },
      },
    },
  };
  return stringify(template, { lineWidth: 0 });
}
