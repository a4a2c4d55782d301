export type * from './model.ts';
export { ATHENA_COLUMNS } from './athena-csv.ts';
export { callerPrincipal } from './principal.ts';
export { eventFromRecord } from './record.ts';
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
export type * from './generate-model.ts';
