import type { AccessLevel } from '../catalog/model.ts';
import type { LintFinding } from '../lint/finding.ts';
import type { MappedCall, ReplayedCall } from './replay-model.ts';

/**
 * How far a generated statement widens the resources calls used: `exact` ARNs, one wildcard per
 * resource type (`arn:aws:s3:::bucket/*`), or every resource of the type in the account.
 */
export type ResourceScope = 'exact' | 'type' | 'account';

export interface GenerateOptions {
  resources: ResourceScope;
}

/** One statement of a generated policy: one service and access level. */
export interface GeneratedStatement {
  sid: string;
  service: string;
  accessLevel: AccessLevel;
  actions: string[];
  resources: string[];
  condition?: Record<string, Record<string, string | string[]>>;
  /** Successful events this statement allows. */
  events: number;
  lastSeen?: string;
}

/** A call left out of the generated policy and why (failed, unmapped, another caller's). */
export interface LeftOutCall {
  call: MappedCall;
  reason: string;
}

export interface GeneratedPolicy {
  caller: string;
  /** The policy document as JSON text, indented by two spaces. */
  document: string;
  statements: GeneratedStatement[];
  /** Successful events of the caller the policy is written from. */
  events: number;
  leftOut: LeftOutCall[];
}

/**
 * The generated policy checked before it is shown: every successful event replayed against it
 * alone (all must be allowed) and its lint findings (none above a suggestion).
 */
export interface GenerationProof {
  replayed: number;
  allowed: number;
  /** Successful calls the policy does not allow: the proof failed. */
  notAllowed: ReplayedCall[];
  /** Findings above a suggestion: the proof failed. */
  findings: LintFinding[];
  /** Why the calls were not replayed (a policy over IAM's size quota); the proof failed. */
  notReplayed?: string;
  proven: boolean;
}

/** Access Advisor's view of one service: what the current policies grant and what was used. */
export interface ServiceUse {
  service: string;
  /** Actions of the service the current policies allow the caller. */
  granted: number;
  /** Those of them the events used. */
  used: string[];
  /** Those of them the events never used (compareWithCurrent always gives it). */
  neverUsed?: string[];
  lastUsed?: string;
}

/** The generated policy beside the caller's current policies. */
export interface GenerationDiff {
  /**
   * Access Advisor's view: every service whose actions the current policies allow the caller,
   * with those used and never used in the window and its last use, by prefix.
   */
  services: ServiceUse[];
  /** Those of `services` with actions granted today and never used in the window. */
  unused: ServiceUse[];
  /** Calls that succeeded in the window yet today's policies deny (used but denied). */
  usedButDenied: ReplayedCall[];
  /** Services the policies grant that the catalog had not loaded, so not compared. */
  unloaded?: string[];
}
