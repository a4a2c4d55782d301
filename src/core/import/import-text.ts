import { parse, type ParseError } from 'jsonc-parser';
import { syntaxErrorMessage } from '../json/syntax.ts';
import { withoutByteOrderMark } from '../json/text.ts';
import { offsetToLineColumn } from '../policy/position.ts';
import {
  guessPolicyType,
  isObject,
  type JsonObject,
  isScenarioObject,
  NOT_AN_OBJECT_MESSAGE,
  readJsonRoot,
} from '../scenario/detect.ts';
import type { PolicyType, Scenario } from '../scenario/model.ts';
import { readScenario, type ScenarioError } from '../scenario/read.ts';
import { readAwsCliOutput } from './aws-cli-output.ts';
import { readCloudFormationYaml } from './cfn-yaml.ts';
import { isCloudFormationTemplate, readCloudFormationTemplate } from './cloudformation.ts';
import type { FoundPolicies } from './found.ts';
import { isTerraformPlan, readTerraformPlan } from './terraform-plan.ts';

/** Larger files are refused before reading: no IAM policy or scenario comes close. */
export const MAX_IMPORT_CHARACTERS = 10 * 1024 * 1024;

export type ImportedText =
  | { kind: 'scenario'; scenario: Scenario }
  | { kind: 'policy'; type: PolicyType; document: string }
  | ({ kind: 'policies' } & FoundPolicies)
  | { kind: 'error'; message: string; errors?: ScenarioError[] };

const error = (message: string): ImportedText => ({ kind: 'error', message });

function locatedError(text: string, message: string, offset: number): ImportedText {
  const { line, column } = offsetToLineColumn(text, offset);
  return error(`${message} (line ${line}, column ${column})`);
}

const leadingSpace = (text: string) => text.length - text.trimStart().length;

function keyList(root: JsonObject): string {
  const keys = Object.keys(root);
  if (keys.length === 0) return 'it is an empty object';
  const shown = keys.slice(0, 8).join(', ');
  return `top-level keys are ${shown}${keys.length > 8 ? ` and ${keys.length - 8} more` : ''}`;
}

/** JSON starts with an object, an array or a comment; anything else is read as YAML. */
function looksLikeJson(text: string): boolean {
  return /^\s*([[{/]|$)/.test(text);
}

/** Where a text JSON.parse refused goes wrong, said once for the policies found in it anyway. */
function syntaxNote(text: string): string {
  const errors: ParseError[] = [];
  parse(text, errors);
  const [first] = errors;
  if (!first) return 'The text is not strict JSON; it was read as far as it goes';
  const { line, column } = offsetToLineColumn(text, first.offset);
  return `${syntaxErrorMessage(first)} at line ${line}, column ${column}; the text was read as far as it goes`;
}

function foundOrRefused(found: FoundPolicies | { refusal: string }): ImportedText {
  if ('refusal' in found) return error(found.refusal);
  if (found.policies.length === 0) {
    const why = found.notes.length > 0 ? `: ${found.notes.join('; ')}` : '';
    return error(`No policy could be read from ${found.source}${why}`);
  }
  return { kind: 'policies', ...found };
}

/** A JSON object with no Statement: an AWS CLI output, a template or a plan, or refused. */
function importOutputOrTemplate(root: JsonObject): ImportedText {
  const found =
    readAwsCliOutput(root) ??
    (isCloudFormationTemplate(root) ? readCloudFormationTemplate(root) : undefined) ??
    (isTerraformPlan(root) ? readTerraformPlan(root) : undefined);
  if (found) return foundOrRefused(found);
  return error(
    `This JSON has no Statement and is not an AWS CLI output or template the studio knows: ${keyList(root)}`,
  );
}

function importYaml(text: string): ImportedText {
  const read = readCloudFormationYaml(text);
  if (!read.ok) return error(`Neither JSON nor a YAML template: ${read.message}`);
  const root = read.value;
  if (!isObject(root)) return locatedError(text, NOT_AN_OBJECT_MESSAGE, leadingSpace(text));
  if (!isCloudFormationTemplate(root)) {
    return error(
      `This YAML is not a CloudFormation template (it has no Resources): ${keyList(root)}`,
    );
  }
  return foundOrRefused(readCloudFormationTemplate(root));
}

function importScenario(text: string): ImportedText {
  const read = readScenario(text);
  if (read.ok) return { kind: 'scenario', scenario: read.scenario };
  const first = read.errors[0];
  return {
    kind: 'error',
    message: `Not a valid scenario: ${first?.message ?? 'unreadable'} (line ${first?.line ?? 1}, column ${first?.column ?? 1})`,
    errors: read.errors,
  };
}

/**
 * Reads a pasted or dropped text: a whole scenario; one policy document, kept as written; or the
 * policies of what the AWS CLI prints, of a CloudFormation template (JSON or YAML) or of a
 * Terraform JSON plan. Any other text is refused with the reason.
 */
export function importText(given: string): ImportedText {
  if (given.length > MAX_IMPORT_CHARACTERS) {
    return error('The file is larger than 10 MB; no policy or scenario is that large');
  }
  const text = withoutByteOrderMark(given);
  if (!looksLikeJson(text)) return importYaml(text);
  const read = readJsonRoot(text);
  if (read.kind === 'unreadable') return locatedError(text, read.message, read.offset);
  const { root } = read;
  if (!isObject(root)) return locatedError(text, NOT_AN_OBJECT_MESSAGE, leadingSpace(text));
  if (isScenarioObject(root)) return importScenario(text);
  if ('Statement' in root) return { kind: 'policy', type: guessPolicyType(root), document: text };
  const imported = importOutputOrTemplate(root);
  if (imported.kind !== 'policies' || read.strict) return imported;
  return { ...imported, notes: [syntaxNote(text), ...imported.notes] };
}
