import { withoutByteOrderMark } from '../json/text.ts';
import { offsetToLineColumn } from '../policy/position.ts';
import { detectText } from './detect.ts';
import type { PolicyType, Scenario } from './model.ts';
import { readScenario, type ScenarioError } from './read.ts';

/** Larger files are refused before reading: no IAM policy or scenario comes close. */
export const MAX_IMPORT_CHARACTERS = 10 * 1024 * 1024;

export type ImportedText =
  | { kind: 'scenario'; scenario: Scenario }
  | { kind: 'policy'; type: PolicyType; document: string }
  | { kind: 'error'; message: string; errors?: ScenarioError[] };

/** Reads a pasted or dropped text: a whole scenario, or one policy document kept as written. */
export function importText(given: string): ImportedText {
  if (given.length > MAX_IMPORT_CHARACTERS) {
    return {
      kind: 'error',
      message: 'The file is larger than 10 MB; no policy or scenario is that large',
    };
  }
  const text = withoutByteOrderMark(given);
  const detected = detectText(text);
  if (detected.kind === 'unreadable') {
    const { line, column } = offsetToLineColumn(text, detected.offset);
    return { kind: 'error', message: `${detected.message} (line ${line}, column ${column})` };
  }
  if (detected.kind === 'policy') return { kind: 'policy', type: detected.type, document: text };
  const read = readScenario(text);
  if (!read.ok) {
    const first = read.errors[0];
    return {
      kind: 'error',
      message: `Not a valid scenario: ${first?.message ?? 'unreadable'} (line ${first?.line ?? 1}, column ${first?.column ?? 1})`,
      errors: read.errors,
    };
  }
  return { kind: 'scenario', scenario: read.scenario };
}
