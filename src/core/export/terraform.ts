import type { ScenarioPolicy } from '../scenario/model.ts';
import { iamPolicyNameFrom, identifierFrom } from './names.ts';

/** Terraform reads `${` and `%{` in a heredoc as template syntax; IAM's `${aws:username}` must stay literal. */
function escapeTemplate(text: string): string {
  return text.replace(/([$%])\{/g, (_, sigil: string) => `${sigil}${sigil}{`);
}

/** A heredoc marker that no line of the text equals. */
function heredocMarker(text: string): string {
  const lines = new Set(text.split('\n').map((line) => line.trim()));
  let marker = 'POLICY';
  for (let suffix = 1; lines.has(marker); suffix += 1) marker = `POLICY${suffix}`;
  return marker;
}

/** The policy as an `aws_iam_policy` resource, its text kept as written. */
export function toTerraform(policy: ScenarioPolicy): string {
  const name = policy.name ?? policy.id;
  const marker = heredocMarker(policy.document);
  const document = escapeTemplate(policy.document.replace(/\r\n/g, '\n').replace(/\n$/, ''));
  return [
    `resource "aws_iam_policy" "${identifierFrom(name, 'policy')}" {`,
    `  name   = "${iamPolicyNameFrom(name, 'policy')}"`,
    `  policy = <<-${marker}`,
    ...document.split('\n').map((line) => `    ${line}`),
    `  ${marker}`,
    `}`,
    '',
  ].join('\n');
}
