import type { Policy, TextValue } from '../../policy/model.ts';
import { suggest } from '../../text/suggest.ts';
import { arnField, hasSixFields } from '../arn-fields.ts';
import { conditionUseFindings } from '../condition-sets.ts';
import { conditionValueUses } from '../conditions.ts';
import type { LintRule } from '../context.ts';
import { replaceValueFix } from '../edits.ts';
import type { LintFinding } from '../finding.ts';
import { hasWildcard } from '../glob.ts';
import { isKnownRegion, KNOWN_REGIONS, REGIONS_SOURCE } from '../regions.ts';
import { partSpan } from '../spans.ts';
import { resourceEntryFindings } from '../resource-entries.ts';

/*
 * A value of aws:RequestedRegion, or the Region segment of an ARN, that names no Region never
 * matches a request (IAM Access Analyzer: "Invalid Region", an error: "The Region {{region}} is
 * not valid. Update the condition value to a supported Region").
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html
 * The known Regions are those of the AWS SDK's partitions data when the studio was built
 * (regions.generated.json). A name of the Regions' form (us-east-1) missing from it is a warning,
 * not an error: AWS may have opened that Region since. Other aws:RequestedRegion values are errors
 * (ARN segments of another form are invalid-arn's).
 */

const REGION_FORM = /^[a-z]+(?:-[a-z]+)+-\d+$/;

function regionFinding(entry: TextValue, region: string, from: number): LintFinding | undefined {
  if (region === '' || hasWildcard(region) || region.includes('${') || isKnownRegion(region)) {
    return undefined;
  }
  const closest = suggest(region, KNOWN_REGIONS);
  const wellFormed = REGION_FORM.test(region);
  const finding: LintFinding = {
    code: 'unknown-region',
    severity: wellFormed ? 'warning' : 'error',
    message:
      (wellFormed
        ? `"${region}" is no Region AWS had opened when this list was made (${REGIONS_SOURCE}), so it matches no request; if AWS has opened it since, hide this finding`
        : `"${region}" is not a Region name (like us-east-1), so it matches no request`) +
      (closest ? `. Did you mean ${closest}?` : ''),
    span: partSpan(entry, from, from + region.length),
  };
  if (closest) {
    const fixed = entry.value.slice(0, from) + closest + entry.value.slice(from + region.length);
    finding.fixes = replaceValueFix(`Write ${closest}`, entry, fixed);
  }
  return finding;
}

const REQUESTED_REGION = 'aws:requestedregion';

/** Whether a key names aws:RequestedRegion, in any case: most keys are told apart by length. */
function isRequestedRegion(key: string): boolean {
  return key.length === REQUESTED_REGION.length && key.toLowerCase() === REQUESTED_REGION;
}

function requestedRegionFindings(policy: Policy): LintFinding[] {
  return conditionUseFindings(
    conditionValueUses(policy),
    'unknown-region',
    ({ family, entry, block, value }) => {
      if (family !== 'String' || !isRequestedRegion(entry.key)) return [];
      // StringEqualsIgnoreCase us-EAST-1 matches us-east-1.
      const ignoreCase = block.operator.base.includes('IgnoreCase');
      const region = ignoreCase ? value.value.toLowerCase() : value.value;
      const finding = regionFinding(value, region, 0);
      return finding ? [finding] : [];
    },
  );
}

/** The Region field of an ARN (the fourth), with its offset; none when the ARN is cut short. */
function arnRegion(entry: TextValue): { region: string; from: number } | undefined {
  const value = entry.value;
  if (!value.startsWith('arn:') || !hasSixFields(value)) return undefined;
  const region = arnField(value, 3)!;
  return { region: region.text, from: region.start };
}

function resourceFinding(entry: TextValue): LintFinding[] {
  const segment = arnRegion(entry);
  // Other forms are invalid-arn's ("is not a Region"): one finding for one mistake.
  if (!segment || !REGION_FORM.test(segment.region)) return [];
  const finding = regionFinding(entry, segment.region, segment.from);
  return finding ? [finding] : [];
}

export const unknownRegion: LintRule = {
  code: 'unknown-region',
  check: ({ policy }) => [
    ...requestedRegionFindings(policy),
    ...resourceEntryFindings(policy.statements, resourceFinding),
  ],
};
