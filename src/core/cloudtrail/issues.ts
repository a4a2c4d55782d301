import type { InputPlace, IssueKind, ReadIssue } from './model.ts';

export function noIssues(): Record<IssueKind, number> {
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
  readonly listed: ReadIssue[] = [];

  constructor(private readonly limit: number) {}

  add(kind: IssueKind, reason: string, place: InputPlace): void {
    this.counts[kind] += 1;
    if (this.listed.length < this.limit) this.listed.push({ kind, reason, ...place });
  }
}
