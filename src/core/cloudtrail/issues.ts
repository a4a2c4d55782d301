import type { CloudTrailPlace, CloudTrailIssueKind, CloudTrailIssue } from './model.ts';

export function noIssues(): Record<CloudTrailIssueKind, number> {
  return {
    malformed: 0,
    'not-cloudtrail': 0,
    'unknown-service': 0,
    truncated: 0,
    'too-large': 0,
    'too-many-calls': 0,
  };
}

/** Every issue counted by kind; the first `limit` kept with their reason and place. */
export class IssueList {
  readonly counts = noIssues();
  readonly listed: CloudTrailIssue[] = [];

  constructor(private readonly limit: number) {}

  add(kind: CloudTrailIssueKind, reason: string, place: CloudTrailPlace): void {
    this.counts[kind] += 1;
    if (this.listed.length < this.limit) this.listed.push({ kind, reason, ...place });
  }
}
