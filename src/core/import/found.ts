import { findExcessiveNesting, TOO_DEEP_MESSAGE } from '../json/depth.ts';
import { isObject } from '../scenario/detect.ts';
import type { PolicyType } from '../scenario/model.ts';

/** One policy taken out of a command's output or a template. */
export interface FoundPolicy {
  type: PolicyType;
  name: string;
  /** The policy as JSON text, indented by two spaces. */
  document: string;
  /** What it is attached to, as a scenario policy's `attachedTo`, when the import knows. */
  attachedTo?: string[];
  /** An SCP's or RCP's level, as a scenario policy's `level`, when the import knows. */
  level?: number;
}

/** What a text that is not itself a policy holds. */
export interface FoundPolicies {
  /** What the text is, in a few words: "an AWS CLI output (aws iam get-role)". */
  source: string;
  policies: FoundPolicy[];
  /** What was left out or read with a choice made, each saying where. */
  notes: string[];
}

/**
 * IAM's API returns policies "URL-encoded compliant with RFC 3986"
 * (https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetPolicyVersion.html); the AWS CLI
 * decodes them, a raw API response does not. RFC 3986 encodes a space as %20, never as +.
 */
function urlDecoded(text: string): string {
  if (!/^\s*%7B/i.test(text)) return text;
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * A policy document as a command or a template gives it: a JSON object, or a JSON string (the
 * way S3, SQS, KMS and Organizations print it), possibly URL-encoded. Returns its text, or why
 * `where` holds no policy.
 */
export function documentText(
  value: unknown,
  where: string,
): { text: string } | { problem: string } {
  let document = value;
  if (typeof value === 'string') {
    const decoded = urlDecoded(value);
    if (findExcessiveNesting(decoded) >= 0) return { problem: `${where}: ${TOO_DEEP_MESSAGE}` };
    try {
      document = JSON.parse(decoded) as unknown;
    } catch (error) {
      return { problem: `${where} is not JSON: ${(error as Error).message}` };
    }
  }
  if (!isObject(document)) {
    return { problem: `${where} is not a policy document (a JSON object or a JSON string)` };
  }
  return { text: JSON.stringify(document, null, 2) };
}

/** Collects the policies of one text, and a note for each one that could not be taken. */
export class PolicyCollector {
  readonly policies: FoundPolicy[] = [];
  readonly notes: string[] = [];

  add(type: PolicyType, name: string, value: unknown, where: string): void {
    const read = documentText(value, where);
    if ('text' in read) this.policies.push({ type, name, document: read.text });
    else this.notes.push(read.problem);
  }

  found(source: string): FoundPolicies {
    return { source, policies: this.policies, notes: this.notes };
  }
}

/** Organizations' policy types that hold IAM policy language, and the studio's names for them. */
export const ORGANIZATIONS_POLICY_TYPES: Record<string, PolicyType> = {
  SERVICE_CONTROL_POLICY: 'scp',
  RESOURCE_CONTROL_POLICY: 'rcp',
};

/** Adds an Organizations policy when its type is an SCP or an RCP, or says why not. */
export function addOrganizationsPolicy(
  collector: PolicyCollector,
  organizationsType: unknown,
  name: string,
  content: unknown,
  where: string,
): void {
  const type = ORGANIZATIONS_POLICY_TYPES[String(organizationsType)];
  if (type) collector.add(type, name, content, where);
  else {
    collector.notes.push(
      `${name} is a ${String(organizationsType)}, not a service or resource control policy: the studio reads only SCPs and RCPs`,
    );
  }
}

/** Why a template or plan gave nothing: the resource types read, and the resources it has. */
export function noPolicyResources(
  what: string,
  types: string[],
  resources: string[],
): { refusal: string } {
  return {
    refusal: `This ${what} has no resource the studio takes policies from (${types.join(', ')}); its resources are ${resources.join(', ') || 'none'}`,
  };
}
