/**
 * What the best practices read from CloudTrail, gathered as events are read: bounded by the
 * callers, services and operations, not by the events.
 */

/** First and last time and how many events. */
export interface Seen {
  count: number;
  firstSeen?: string;
  lastSeen?: string;
  /** The first event ID seen, to find the record again. */
  sampleEventId?: string;
}

/** Who made the calls: `caller` as the replay counts it (a role session under its role). */
export interface ActivityCaller {
  caller: string;
  /** userIdentity.type */
  callerType: string;
  /** The user or role name, `<root_account>` for the root user, else the caller. */
  name: string;
}

/** One operation of a root user (an account's), not made by a service on its behalf. */
export interface RootCall extends ActivityCaller, Seen {
  eventSource: string;
  eventName: string;
  /** errorCode of the calls that failed, once each. */
  errorCodes: string[];
  /** Up to MAX_LISTED source IP addresses, then no more. */
  sourceIps: string[];
  /** Access keys the calls were signed with (none for console sign-ins). */
  accessKeyIds: string[];
}

/** Console sign-ins of one caller with the same MFA use and outcome. */
export interface ConsoleSignIn extends ActivityCaller, Seen {
  /** additionalEventData.MFAUsed: "Yes" or "No" as recorded; absent when not recorded. */
  mfaUsed?: string;
  /** responseElements.ConsoleLogin: "Success" or "Failure". */
  outcome?: string;
  sourceIps: string[];
}

/** One access key of one IAM user or of the root user, and what it was used for. */
export interface AccessKeyUse extends ActivityCaller, Seen {
  accessKeyId: string;
  /** AKIA: a long-term access key; ASIA: temporary credentials (IAM User Guide, "IAM identifiers"). */
  longTerm: boolean;
  /** The IAM service prefixes called with it. */
  services: string[];
}

export interface CloudTrailActivity {
  /** Events read (Athena rows count as their event_count). */
  events: number;
  /** Events that came without their record (Athena rows): no sign-in or access key is read from them. */
  eventsWithoutRecord: number;
  rootCalls: RootCall[];
  consoleSignIns: ConsoleSignIn[];
  accessKeys: AccessKeyUse[];
}
