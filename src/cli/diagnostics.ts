import {
  documentOffsetInScenario,
  offsetToLineColumn,
  type DocumentOrigin,
  type PolicyProblems,
  type ScenarioError,
} from '../core/index.ts';

/** `FILE:LINE:COLUMN: policy "id": message`, one line per error, as compilers print them. */
export function formatScenarioError(file: string, error: ScenarioError): string {
  const subject =
    error.policyId !== undefined
      ? `policy "${error.policyId}": `
      : error.requestId !== undefined
        ? `request "${error.requestId}": `
        : '';
  return `${file}:${error.line}:${error.column}: error: ${subject}${error.message}\n`;
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
  let text = '';
  for (const { policyId, problems: list } of problems) {
    const document = documents.get(policyId) ?? '';
    const origin = origins.get(policyId);
    for (const problem of list) {
      if (problem.severity !== 'error') continue;
      const inDocument = offsetToLineColumn(document, problem.span.start);
      const inFile = origin
        ? offsetToLineColumn(
            scenarioText,
            documentOffsetInScenario(scenarioText, origin, problem.span.start),
          )
        : inDocument;
      text +=
        `${file}:${inFile.line}:${inFile.column}: error: policy "${policyId}" ` +
        `(document line ${inDocument.line}, column ${inDocument.column}): ${problem.message} [${problem.code}]\n`;
    }
  }
  return text;
}
