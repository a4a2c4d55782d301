import type { JsonObject } from './fields.ts';
import type { CloudTrailEvent, UserAgentClass } from './model.ts';
import { eventFromRecord } from './record.ts';

/** The columns of athena-aggregation.sql's result; a CSV without the required ones is not it. */
export const ATHENA_COLUMNS = [
  'identity_type',
  'principal_arn',
  'session_issuer_arn',
  'account_id',
  'principal_id',
  'invoked_by',
  'identity_provider',
  'recipient_account_id',
  'event_source',
  'event_name',
  'resource_arns',
  'error_code',
  'source_ip',
  'region',
  'mfa_authenticated',
  'user_agent_class',
  'vpc_endpoint_id',
  'secure_transport',
  'event_count',
  'first_seen',
  'last_seen',
] as const;

type Column = (typeof ATHENA_COLUMNS)[number];

const REQUIRED: Column[] = ['identity_type', 'event_source', 'event_name', 'event_count'];
const AGENT_CLASSES = new Set<string>(['console', 'cli', 'sdk', 'aws-service', 'other', 'none']);

export type AthenaHeader = Map<Column, number>;

/** The header's columns, or the required ones it lacks. */
export function readAthenaHeader(fields: string[]): AthenaHeader | { missing: string[] } {
  const header: AthenaHeader = new Map();
  const known = new Set<string>(ATHENA_COLUMNS);
  fields.forEach((name, index) => {
    const column = name.trim().toLowerCase();
    if (known.has(column)) header.set(column as Column, index);
  });
  const missing = REQUIRED.filter((column) => !header.has(column));
  return missing.length > 0 ? { missing } : header;
}

function resourceList(text: string | undefined): string[] | string {
  if (text === undefined) return [];
  try {
    const value: unknown = JSON.parse(text);
    if (Array.isArray(value) && value.every((arn) => typeof arn === 'string')) return value;
  } catch {
    // reported below
  }
  return `resource_arns is not a JSON array of ARNs: ${text.slice(0, 80)}`;
}

/**
 * One row of the aggregation as the event it stands for: the row is put back into the shape of a
 * record (userIdentity, requestParameters, resources) so that the caller is read by the same rules.
 */
export function eventFromAthenaRow(
  header: AthenaHeader,
  fields: string[],
): CloudTrailEvent | { problem: string } {
  const value = (column: Column): string | undefined => {
    const index = header.get(column);
    const text = index === undefined ? undefined : fields[index];
    return text === undefined || text === '' ? undefined : text;
  };
  const count = Number(value('event_count'));
  if (!Number.isInteger(count) || count < 1)
    return { problem: `event_count is not a positive whole number: ${value('event_count') ?? ''}` };
  const resources = resourceList(value('resource_arns'));
  if (typeof resources === 'string') return { problem: resources };
  const type = value('identity_type');
  const provider = value('identity_provider');
  const record: JsonObject = {
    eventSource: value('event_source'),
    eventName: value('event_name'),
    userIdentity: {
      type,
      arn: value('principal_arn'),
      accountId: value('account_id'),
      principalId: value('principal_id'),
      invokedBy: value('invoked_by'),
      identityProvider: type === 'WebIdentityUser' ? provider : undefined,
      sessionContext: {
        sessionIssuer: { arn: value('session_issuer_arn') },
        attributes: { mfaAuthenticated: value('mfa_authenticated') },
      },
    },
    requestParameters: type === 'SAMLUser' ? { principalArn: provider } : undefined,
    recipientAccountId: value('recipient_account_id'),
    resources: resources.map((arn) => ({ ARN: arn })),
    errorCode: value('error_code'),
    sourceIPAddress: value('source_ip'),
    awsRegion: value('region'),
    vpcEndpointId: value('vpc_endpoint_id'),
    tlsDetails: value('secure_transport') === 'true' ? {} : undefined,
  };
  const event = eventFromRecord(record);
  const agent = value('user_agent_class');
  if (agent !== undefined && AGENT_CLASSES.has(agent))
    event.context.userAgentClass = agent as UserAgentClass;
  event.count = count;
  const firstSeen = value('first_seen');
  const lastSeen = value('last_seen');
  if (firstSeen !== undefined) event.firstSeen = firstSeen;
  if (lastSeen !== undefined) event.lastSeen = lastSeen;
  return event;
}
