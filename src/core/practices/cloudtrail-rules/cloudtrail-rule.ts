import type { CredentialSeverity } from '../credential-finding.ts';
import type { PracticeRuleFinding } from '../practice-findings-model.ts';
import type { CloudTrailActivity } from './activity-model.ts';

export interface CloudTrailRule {
  code: string;
  severity: CredentialSeverity;
  source: string;
  check(activity: CloudTrailActivity): PracticeRuleFinding[];
}

/** A Seen's times and count as evidence. */
export function seenEvidence(seen: {
  count: number;
  firstSeen?: string;
  lastSeen?: string;
  sampleEventId?: string;
}) {
  return {
    events: seen.count,
    ...(seen.firstSeen === undefined ? {} : { firstSeen: seen.firstSeen }),
    ...(seen.lastSeen === undefined ? {} : { lastSeen: seen.lastSeen }),
    ...(seen.sampleEventId === undefined ? {} : { sampleEventId: seen.sampleEventId }),
  };
}
