export type * from './model.ts';
export { ATHENA_COLUMNS } from './athena-csv.ts';
export { callerPrincipal } from './principal.ts';
export { eventFromRecord } from './record.ts';
export { noIssues } from './issues.ts';
export { userAgentClass } from './user-agent.ts';
export {
  CloudTrailImport,
  readCloudTrail,
  type CloudTrailImportOptions,
  type CloudTrailImportResult,
} from './import.ts';
export type { CloudTrailSource } from './source.ts';
export {
  readCloudTrailFiles,
  type CloudTrailFile,
  type ReadCloudTrailFilesOptions,
} from './read-files.ts';
export { eventFacts, type EventFacts } from './event-facts.ts';
export { EventRequestMapper, type EventRequest, type EventRequests } from './event-requests.ts';
export type * from './replay-model.ts';
export { MappedCallAggregate } from './mapped-calls.ts';
export { recordedOutcome } from './recorded-outcome.ts';
export {
  replayCalls,
  replaying,
  type ReplayCallsOptions,
  type ReplayOptions,
  type ReplayProgress,
} from './replay.ts';
export { ReplayTally } from './replay-tally.ts';
export { ReplayStream, type ReplayStreamResult, type UnmappedCalls } from './replay-stream.ts';
export type * from './generate-model.ts';
export { generatePolicy } from './generate.ts';
export { callerProblem, callersOf, resolveCaller } from './generate-calls.ts';
export { proveGeneratedPolicy } from './generate-proof.ts';
export { GENERATED_POLICY_ID, generatedScenario } from './generate-scenario.ts';
export {
  comparedServices,
  compareWithCurrent,
  loadCompareWithCurrent,
  type CompareCatalog,
} from './generate-compare.ts';
export { scopeResource } from './resource-scope.ts';
