import {
  toAwsCli,
  toCloudFormation,
  toSimulateCustomPolicyCommand,
  toTerraform,
  writeScenario,
  type ExportText,
  type Scenario,
  type ScenarioPolicy,
  type ScenarioRequest,
} from '../../../core/index.ts';

export interface ExportFormat {
  id: string;
  label: string;
  fileName: string;
  mediaType: string;
  /** Undefined when this export cannot be made (a CloudFormation export of a policy with comments). */
  text: string | undefined;
  unavailable?: string;
}

function fromExportText(exported: ExportText): Pick<ExportFormat, 'text' | 'unavailable'> {
  return 'text' in exported
    ? { text: exported.text }
    : { text: undefined, unavailable: exported.unavailable };
}

function fileStem(policy: ScenarioPolicy): string {
  return (policy.name ?? policy.id).replace(/[^\w.-]+/g, '-');
}

/** Every export the current selection allows, in the order the dialog shows them. */
export function exportFormats(
  scenario: Scenario,
  policy: ScenarioPolicy | undefined,
  request: ScenarioRequest | undefined,
): ExportFormat[] {
  const formats: ExportFormat[] = [
    {
      id: 'scenario',
      label: 'Scenario (JSON)',
      fileName: 'scenario.json',
      mediaType: 'application/json',
      text: writeScenario(scenario),
    },
  ];
  if (policy) {
    const stem = fileStem(policy);
    formats.push(
      {
        id: 'policy',
        label: 'Policy (JSON)',
        fileName: `${stem}.json`,
        mediaType: 'application/json',
        text: policy.document,
      },
      {
        id: 'terraform',
        label: 'Terraform',
        fileName: `${stem}.tf`,
        mediaType: 'text/plain',
        ...fromExportText(toTerraform(policy)),
      },
      {
        id: 'cloudformation',
        label: 'CloudFormation (YAML)',
        fileName: `${stem}.yaml`,
        mediaType: 'text/yaml',
        ...fromExportText(toCloudFormation(policy)),
      },
      {
        id: 'aws-cli',
        label: 'AWS CLI',
        fileName: `${stem}-aws-cli.sh`,
        mediaType: 'text/x-shellscript',
        ...fromExportText(toAwsCli(policy)),
      },
    );
  }
  if (request) {
    formats.push({
      id: 'simulate',
      label: 'AWS CLI: simulate-custom-policy',
      fileName: 'simulate-custom-policy.sh',
      mediaType: 'text/x-shellscript',
      text: toSimulateCustomPolicyCommand(scenario, request),
    });
  }
  return formats;
}
