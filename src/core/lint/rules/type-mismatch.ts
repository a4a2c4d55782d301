import type { ConditionOperatorFamily } from '../../policy/operators.ts';
import type { LintRule } from '../context.ts';
import { conditionUseFindings } from '../condition-sets.ts';
import { conditionKeyUses } from '../conditions.ts';
import type { LintFinding } from '../finding.ts';
import { conditionKeyType } from '../key-types.ts';

/*
 * The operator should suit the key's type, as the service reference documents it (IAM Access
 * Analyzer: "Type mismatch", a warning). String operators on ARN keys are common and work, and
 * so do ARN operators on string keys whose values are ARNs (kms:EncryptionContext:aws:s3:arn), so
 * they pass; Null suits every key.
 */

const FAMILIES: Record<string, ConditionOperatorFamily[]> = {
  String: ['String'],
  ARN: ['Arn', 'String'],
  Bool: ['Bool'],
  Date: ['Date'],
  Numeric: ['Numeric'],
  IPAddress: ['IpAddress'],
  Binary: ['Binary'],
};

function baseType(type: string): string {
  return type.replace(/^ArrayOf/, '');
}

export const typeMismatch: LintRule = {
  code: 'type-mismatch',
  check: ({ policy, catalog }) =>
    conditionUseFindings(
      conditionKeyUses(policy),
      'type-mismatch',
      ({ block, family, entry }): LintFinding[] => {
        if (family === 'Null') return [];
        const arnValues = entry.values.every((value) => value.value.startsWith('arn:'));
        const type = conditionKeyType(entry.key, catalog);
        if (!type) return [];
        const suits = FAMILIES[baseType(type)];
        if (!suits || suits.includes(family)) return [];
        if (family === 'Arn' && suits[0] === 'String' && arnValues) return [];
        return [
          {
            code: 'type-mismatch',
            severity: 'warning',
            message: `"${entry.key}" is of type ${type}, but ${block.operator.base} compares ${family === 'IpAddress' ? 'IP addresses' : family} values: use a ${suits[0]} operator`,
            span: block.operator.span,
          },
        ];
      },
    ),
};
