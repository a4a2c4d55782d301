import type { TextValue } from '../policy/model.ts';
import type { LintCatalog } from './catalog-port.ts';
import { replaceValueFix } from './edits.ts';
import type { LintFinding } from './finding.ts';
import { partSpan } from './spans.ts';

/*
 * Whether a service's ARNs have a Region and an account is fixed by its resource types' ARN formats
 * ("Actions, resources, and condition keys for AWS services"): S3 bucket and object ARNs have
 * neither, IAM ARNs no Region, EC2 ARNs both. An ARN that puts one where none of the service's
 * formats has it, or leaves out the Region all of them have, matches nothing (IAM Access Analyzer:
 * "ARN account not allowed", "ARN Region not allowed", "Missing ARN Region", errors). Segments
 * with wildcards or variables are left alone, and so are services not loaded.
 */

interface Segment {
  text: string;
  start: number;
}

/** The six fields of an ARN, split at its first five colons; undefined when it has fewer. */
function fields(arn: string): Segment[] | undefined {
  const segments: Segment[] = [];
  let start = 0;
  for (let i = 0; i < 5; i++) {
    const colon = arn.indexOf(':', start);
    if (colon < 0) return undefined;
    segments.push({ text: arn.slice(start, colon), start });
    start = colon + 1;
  }
  segments.push({ text: arn.slice(start), start });
  return segments;
}

const open = (text: string) => /[*?]|\$\{/.test(text);

function error(entry: TextValue, segment: Segment, message: string, fix?: string): LintFinding {
  const finding: LintFinding = {
    code: 'arn-segments',
    severity: 'error',
    message,
    span:
      segment.text === ''
        ? entry.span
        : partSpan(entry, segment.start, segment.start + segment.text.length),
  };
  if (fix !== undefined) finding.fixes = replaceValueFix(`Remove "${segment.text}"`, entry, fix);
  return finding;
}

function without(entry: TextValue, segment: Segment): string {
  return (
    entry.value.slice(0, segment.start) + entry.value.slice(segment.start + segment.text.length)
  );
}

/** The Region and account problems of a Resource entry, as findings of the arn-segments rule. */
export function arnSegmentProblems(catalog: LintCatalog, entry: TextValue): LintFinding[] {
  const arn = fields(entry.value);
  if (!arn || arn[0]!.text !== 'arn' || arn.slice(1, 5).some((segment) => open(segment.text))) {
    return [];
  }
  const [, , service, region, account] = arn as [Segment, Segment, Segment, Segment, Segment];
  const formats = (catalog.service(service.text)?.resourceTypes ?? []).flatMap(
    (type) => fields(type.arnFormat) ?? [],
  );
  const types = catalog.service(service.text)?.resourceTypes.length ?? 0;
  if (types === 0 || formats.length !== types * 6) return [];
  const regions = formats.filter((_, index) => index % 6 === 3).map((segment) => segment.text);
  const accounts = formats.filter((_, index) => index % 6 === 4).map((segment) => segment.text);
  const name = service.text;
  const findings: LintFinding[] = [];
  if (region.text !== '' && regions.every((text) => text === '')) {
    findings.push(
      error(
        entry,
        region,
        `${name} ARNs have no Region: remove "${region.text}"`,
        without(entry, region),
      ),
    );
  } else if (region.text === '' && regions.every((text) => text !== '')) {
    findings.push(
      error(
        entry,
        region,
        `${name} ARNs name a Region: write one, e.g. arn:aws:${name}:us-east-1:...`,
      ),
    );
  }
  if (account.text !== '' && accounts.every((text) => text === '')) {
    findings.push(
      error(
        entry,
        account,
        `${name} ARNs have no account: remove "${account.text}"` +
          (name === 's3' ? ' (bucket names are global)' : ''),
        without(entry, account),
      ),
    );
  }
  return findings;
}
