import type { TextValue } from '../policy/model.ts';
import { splitArn, type ArnField } from './arn-fields.ts';
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

/** The six fields of an ARN; undefined when it has fewer than five colons. */
function sixFields(fields: readonly ArnField[]): readonly ArnField[] | undefined {
  return fields.length === 6 ? fields : undefined;
}

/** Whether a service's ARN formats all have, or all lack, a Region and an account. */
interface ArnShape {
  neverRegion: boolean;
  alwaysRegion: boolean;
  neverAccount: boolean;
}

type ResourceTypes = readonly { arnFormat: string }[];

/** Read once per service: a policy of thousands of ARNs asks for the same few services. */
const shapes = new WeakMap<ResourceTypes, ArnShape | null>();

/** The shape of a service's ARNs; null when it has no resource type or a format is not an ARN. */
function arnShapeOf(resourceTypes: ResourceTypes): ArnShape | null {
  let shape = shapes.get(resourceTypes);
  if (shape === undefined) {
    const formats = resourceTypes.map((type) => sixFields(splitArn(type.arnFormat)));
    const arns = formats.filter((format) => format !== undefined);
    shape =
      arns.length === 0 || arns.length !== formats.length
        ? null
        : {
            neverRegion: arns.every((format) => format[3]!.text === ''),
            alwaysRegion: arns.every((format) => format[3]!.text !== ''),
            neverAccount: arns.every((format) => format[4]!.text === ''),
          };
    shapes.set(resourceTypes, shape);
  }
  return shape;
}

/** A field with no wildcard and no policy variable (`${`): `*`, `?` and `${` left out. */
const CLOSED_FIELD = '((?:[^:*?$]|\\$(?!\\{))*)';

/**
 * The partition, service, Region and account of an ARN of six fields when none holds a wildcard or
 * a variable, matched as one text.
 */
const CLOSED_HEAD = new RegExp(
  `^arn:${CLOSED_FIELD}:${CLOSED_FIELD}:${CLOSED_FIELD}:${CLOSED_FIELD}:`,
);

function error(entry: TextValue, segment: ArnField, message: string, fix?: string): LintFinding {
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

function without(entry: TextValue, segment: ArnField): string {
  return (
    entry.value.slice(0, segment.start) + entry.value.slice(segment.start + segment.text.length)
  );
}

/** The service, Region and account of an ARN, when none of its first five fields is open. */
function closedFields(
  arn: string,
): { service: ArnField; region: ArnField; account: ArnField } | undefined {
  const head = CLOSED_HEAD.exec(arn);
  if (!head) return undefined;
  const field = (text: string, start: number): ArnField => ({ text, start });
  const service = field(head[2]!, 'arn:'.length + head[1]!.length + 1);
  const region = field(head[3]!, service.start + service.text.length + 1);
  const account = field(head[4]!, region.start + region.text.length + 1);
  return { service, region, account };
}

/** The Region and account problems of a Resource entry, as findings of the arn-segments rule. */
export function arnSegmentProblems(catalog: LintCatalog, entry: TextValue): LintFinding[] {
  const fields = closedFields(entry.value);
  if (!fields) return [];
  const { service, region, account } = fields;
  const resourceTypes = catalog.service(service.text)?.resourceTypes;
  const shape = resourceTypes && arnShapeOf(resourceTypes);
  if (!shape) return [];
  const name = service.text;
  const findings: LintFinding[] = [];
  if (region.text !== '' && shape.neverRegion) {
    findings.push(
      error(
        entry,
        region,
        `${name} ARNs have no Region: remove "${region.text}"`,
        without(entry, region),
      ),
    );
  } else if (region.text === '' && shape.alwaysRegion) {
    findings.push(
      error(
        entry,
        region,
        `${name} ARNs name a Region: write one, e.g. arn:aws:${name}:us-east-1:...`,
      ),
    );
  }
  if (account.text !== '' && shape.neverAccount) {
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
