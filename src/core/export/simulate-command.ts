import { parse, type ParseError } from 'jsonc-parser';
import {
  appliesToPrincipal,
  appliesToResource,
  compileAttachedTo,
} from '../engine/applicability.ts';
import { parseRequestPrincipal, type RequestPrincipal } from '../principal/request-principal.ts';
import type { Scenario, ScenarioPolicy, ScenarioRequest } from '../scenario/model.ts';
import { compactJson } from './compact-json.ts';
import { contextEntries } from './context-entries.ts';
import { cliReference, shellCommand, shellQuote, type ShellOption } from './shell.ts';

// What aws iam simulate-custom-policy takes, from its reference page
// (https://docs.aws.amazon.com/cli/latest/reference/iam/simulate-custom-policy.html):
// --policy-input-list (identity policies; "cannot be scope-down policies" such as a session's),
// --permissions-boundary-policy-input-list, one --resource-policy, simulated only with an IAM user
// as --caller-arn. It has no parameter for SCPs, RCPs, trust or VPC endpoint policies.

const NOT_TAKEN: Partial<Record<ScenarioPolicy['type'], string>> = {
  scp: 'an SCP: the API takes no SCP text (it applies those of your own organization, if any)',
  rcp: 'an RCP: the API takes no resource control policy',
  session: 'a session policy: the API takes no scope-down policy',
  trust: 'a trust policy: the API takes no role trust policy',
  'vpc-endpoint': 'a VPC endpoint policy: the API takes no endpoint policy',
};

interface Layers {
  identity: ScenarioPolicy[];
  boundaries: ScenarioPolicy[];
  resource: ScenarioPolicy | undefined;
  leftOut: string[];
}

/** Newlines in a name or ARN would end the comment it is written in. */
function commentText(text: string): string {
  return text.replace(/[\r\n\u2028\u2029]+/g, ' ');
}

function named(policy: ScenarioPolicy): string {
  return `"${commentText(policy.name ?? policy.id)}"`;
}

function resourcePolicyNote(principal: RequestPrincipal): string | undefined {
  if (principal.kind === 'user') return undefined;
  return 'a resource policy: the API simulates one only for an IAM user as the caller, and this request is not made by one';
}

/** Sorts the scenario's policies into what the API takes for this request and what it cannot. */
function sortLayers(scenario: Scenario, request: ScenarioRequest): Layers {
  const principal = parseRequestPrincipal(request.principal);
  const layers: Layers = { identity: [], boundaries: [], resource: undefined, leftOut: [] };
  const refusedResource = resourcePolicyNote(principal);
  for (const policy of scenario.policies) {
    const attached = compileAttachedTo(policy.attachedTo);
    const notTaken = NOT_TAKEN[policy.type];
    if (notTaken !== undefined) {
      layers.leftOut.push(`${named(policy)}, ${notTaken}`);
    } else if (policy.type === 'resource') {
      if (!appliesToResource(attached, request.resource)) continue;
      if (refusedResource !== undefined)
        layers.leftOut.push(`${named(policy)}, ${refusedResource}`);
      else if (layers.resource === undefined) layers.resource = policy;
      else layers.leftOut.push(`${named(policy)}, a resource policy: the API takes only one`);
    } else if (appliesToPrincipal(policy.type, attached, principal)) {
      (policy.type === 'identity' ? layers.identity : layers.boundaries).push(policy);
    }
  }
  return layers;
}

/** JSON laid out compactly, its later lines indented under the option. */
function jsonArgument(value: unknown): string {
  return shellQuote(compactJson(value).replace(/\n/g, '\n    '));
}

/** A policy as JSON without its comments, which the API would refuse; as written when unreadable. */
function documentArgument(document: string): string {
  const errors: ParseError[] = [];
  const value: unknown = parse(document, errors);
  return errors.length === 0 && value !== undefined ? jsonArgument(value) : shellQuote(document);
}

function header(request: ScenarioRequest, layers: Layers): string[] {
  const lines = [
    `# aws iam simulate-custom-policy: ${cliReference('aws iam simulate-custom-policy')}`,
    "# AWS's own simulator for the request",
    `#   principal: ${commentText(request.principal)}`,
    `#   action:    ${commentText(request.action)}`,
    `#   resource:  ${commentText(request.resource)}`,
  ];
  if (layers.identity.length === 0) {
    lines.push(
      '# No identity policy of the scenario applies to this principal, and the API needs one (--policy-input-list).',
    );
  }
  if (layers.leftOut.length > 0) {
    lines.push(
      "# The API cannot take these policies of the scenario, so AWS's answer leaves them out:",
      ...layers.leftOut.map((note) => `#   - ${note}`),
    );
  }
  return lines;
}

function documents(option: string, policies: ScenarioPolicy[]): ShellOption[] {
  if (policies.length === 0) return [];
  return [[option, ...policies.map((policy) => documentArgument(policy.document))]];
}

/**
 * `aws iam simulate-custom-policy` for one request, so a result can be checked against AWS's own
 * simulator: the identity policies and permissions boundaries that apply to the principal, the
 * resource policy that applies to the resource when the API can take it, and in a comment above
 * the command every policy it cannot take.
 */
export function toSimulateCustomPolicyCommand(
  scenario: Scenario,
  request: ScenarioRequest,
): string {
  const layers = sortLayers(scenario, request);
  const options: ShellOption[] = [
    ...documents('--policy-input-list', layers.identity),
    ...documents('--permissions-boundary-policy-input-list', layers.boundaries),
  ];
  if (layers.resource) {
    options.push(
      ['--resource-policy', documentArgument(layers.resource.document)],
      ['--caller-arn', shellQuote(request.principal)],
    );
  }
  options.push(
    ['--action-names', shellQuote(request.action)],
    ['--resource-arns', shellQuote(request.resource)],
  );
  if (request.resourceAccount) {
    options.push(['--resource-owner', shellQuote(`arn:aws:iam::${request.resourceAccount}:root`)]);
  }
  const entries = contextEntries(request);
  if (entries.length > 0) options.push(['--context-entries', jsonArgument(entries)]);
  return `${[...header(request, layers), shellCommand('aws iam simulate-custom-policy', options)].join('\n')}\n`;
}
