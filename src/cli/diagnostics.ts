import {
  documentOffsetInScenario,
  lineIndex,
  type DocumentOrigin,
  type LineColumn,
  type PolicyProblems,
  type ScenarioError,
} from '../core/index.ts';

/** `FILE:LINE:COLUMN: error: message`, one line per error, as compilers print them. */
export function formatError(file: string, at: LineColumn, message: string): string {
  return `${file}:${at.line}:${at.column}: error: ${message}\n`;
}

/** `FILE:LINE:COLUMN: error: policy "id": message`. */
export function formatScenarioError(file: string, error: ScenarioError): string {
  const subject =
    error.policyId !== undefined
      ? `policy "${error.policyId}": `
      : error.requestId !== undefined
        ? `request "${error.requestId}": `
        : '';
  return formatError(file, error, `${subject}${error.message}`);
}

/**
 * The errors of policies that do not parse, at their place in the scenario file, with the line and
 * column inside the policy document too.
 */
export function formatPolicyErrors(
  file: string,
  scenarioText: string,
  problems: PolicyProblems[],
  documents: Map<string, string>,
  origins: Map<string, DocumentOrigin>,
): string {
  const inScenario = lineIndex(scenarioText);
  let text = '';
  for (const { policyId, problems: list } of problems) {
    const document = documents.get(policyId) ?? '';
    const inDocument = lineIndex(document);
    const origin = origins.get(policyId);
    for (const problem of list) {
      if (problem.severity !== 'error') continue;
      const where = inDocument(problem.span.start);
      const inFile = origin
        ? inScenario(documentOffsetInScenario(scenarioText, origin, problem.span.start))
        : where;
      text += formatError(
        file,
        inFile,
        `policy "${policyId}" (document line ${where.line}, column ${where.column}): ${problem.message} [${problem.code}]`,
      );
    }
  }
  return text;
}
