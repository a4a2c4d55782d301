// The one import surface of the core for the UI, the store and the command line.

export type * from './policy/model.ts';
export { parsePolicy } from './policy/parse.ts';
export { reparsePolicy } from './policy/reparse.ts';
export { statementAt } from './policy/statement-at.ts';
export { offsetToLineColumn, type LineColumn } from './policy/position.ts';
export { policySchema } from './policy/schema.ts';
export { editPolicy, type PolicyEdit } from './policy/statement-edits.ts';
export {
  allConditionOperatorNames,
  BASE_CONDITION_OPERATORS,
  CONDITION_OPERATOR_FAMILIES,
  SET_QUALIFIERS,
  splitConditionOperator,
  type BaseConditionOperator,
  type ConditionOperatorFamily,
} from './policy/operators.ts';

export type * from './scenario/model.ts';
export { POLICY_TYPES, SCENARIO_FORMAT } from './scenario/model.ts';
export {
  readScenario,
  readStrictScenario,
  type ReadScenarioResult,
  type ScenarioError,
} from './scenario/read.ts';
export { requestSlices, type RequestSlices, type TextChunks } from './scenario/request-slices.ts';
export { POLICY_ID_PATTERN, type DocumentOrigin } from './scenario/read-policy.ts';
export { documentOffsetInScenario } from './scenario/document-position.ts';
export { writeScenario } from './scenario/write.ts';
export { importText, MAX_IMPORT_CHARACTERS, type ImportedText } from './import/import-text.ts';
export type { FoundPolicies, FoundPolicy } from './import/found.ts';
export { bucketNameOfFile, isBucketPolicyOutput } from './import/bucket-policy.ts';
export {
  hasOrganizationsPolicy,
  withImportExtras,
  type ImportExtras,
} from './import/import-extras.ts';
export {
  decodeShareLink,
  encodeShareLink,
  LINK_VERSION,
  type DecodedLink,
  type SharedWorkspace,
} from './scenario/link-codec.ts';
export { packText, PACK_FROM_CHARACTERS, unpackText } from './scenario/packed-text.ts';
export { findExcessiveNesting, MAX_JSON_DEPTH } from './json/depth.ts';

export type * from './engine/trace.ts';
export {
  evaluateRequest,
  prepareScenario,
  simulate,
  type EvaluateOptions,
  type PolicyProblems,
  type PreparedScenario,
} from './engine/evaluate.ts';
export { createPolicyCache, type PolicyCache, type PolicyParser } from './engine/prepare.ts';
export {
  explainRequest,
  type Detail,
  type Explanation,
  type ExplanationStep,
  type NamedStatement,
  type StepTone,
} from './explain/explain.ts';
export { otherStatements } from './explain/other-statements.ts';
export { statementLabel, type StatementExplanation } from './explain/statement.ts';
export { awsProtectedResource } from './engine/aws-protected.ts';

export { toAwsCli } from './export/aws-cli.ts';
export { toCloudFormation } from './export/cloudformation.ts';
export { toSimulateCustomPolicyCommand } from './export/simulate-command.ts';
export type { ExportText } from './export/target.ts';
export { toTerraform } from './export/terraform.ts';

export * from './templates/index.ts';
export { suggest } from './text/suggest.ts';
export { definedFields } from './object/defined-fields.ts';

export type { LintFinding, LintSeverity, QuickFix } from './lint/finding.ts';
export { lintPolicy } from './lint/lint-policy.ts';
export { placeFindings, type PlacedFinding } from './lint/place-findings.ts';
export { lintCatalogOf } from './lint/catalog-adapter.ts';
export type * from './lint/reach/model.ts';
export {
  loadReachServices,
  reachOfStatement,
  statementAlone,
  statementReach,
  type ReadStatement,
} from './lint/reach/statement-reach.ts';

export { decideRequest } from './engine/evaluate.ts';
export { countResult, emptySummary, summarize } from './engine/summary.ts';
export { lineIndex } from './json/line-index.ts';
export { decodeJsonText, withoutByteOrderMark, type DecodedText } from './json/text.ts';
export { detectText, type DetectedText } from './scenario/detect.ts';
export type { TextEdit } from './policy/edit.ts';
export { minimalEdit } from './policy/statement-edits.ts';

export {
  CATALOG_DATE,
  CATALOG_VERSION,
  bundledCatalog,
  newBundledCatalog,
} from './catalog/bundled.ts';
export { type Catalog, splitAction } from './catalog/catalog.ts';
export {
  ACCESS_LEVELS,
  type AccessLevel,
  type ActionInfo,
  type ConditionKeyInfo,
  type ResourceTypeInfo,
  type ServiceSummary,
} from './catalog/model.ts';
export { actionConditionKeys, ServiceCatalog } from './catalog/service.ts';
export { compileTemplate, templateTokens } from './catalog/template.ts';
export { hasWildcard, matchesWildcard } from './catalog/wildcard.ts';
export type { CatalogIndexFile, ServiceFile } from './catalog/format.ts';
export type { CatalogService, LintCatalog } from './lint/catalog-port.ts';
export { lintServiceOf } from './lint/catalog-adapter.ts';

export type * from './summary/model.ts';
export { summarizePolicy } from './summary/summarize-policy.ts';
export { describeAccess } from './summary/describe.ts';
export * from './escalation/index.ts';
export {
  ADMINISTRATOR_ACCESS,
  escalationGraph,
  type EscalationEdge,
  type EscalationGraph,
  type EscalationNode,
  type EscalationNodeKind,
  type GraphReport,
} from './escalation/graph.ts';
export { shortestPathToAdmin } from './escalation/graph-path.ts';
export { graphAround } from './escalation/graph-focus.ts';
export * from './account/index.ts';
export {
  analyseEscalations,
  accountEscalations,
  type AccountEscalation,
  type AccountEscalationReport,
  type EscalationAnalysisOptions,
  type EscalationPower,
  type EscalationProgress,
} from './account/escalations.ts';
export { ADMIN_PROBES } from './account/escalation-admin.ts';
export * from './cloudtrail/index.ts';
export * from './diff/index.ts';
export * from './practices/index.ts';
export * from './practices/alarms-index.ts';
