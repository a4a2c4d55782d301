import { type ActionInfo, type ResourceTypeInfo, templateTokens } from '../../../core/index.ts';

/** A resource type one of the statement's actions accepts, with the service that defines it. */
export interface ResourceTypeChoice {
  service: string;
  resourceType: ResourceTypeInfo;
}

/** The placeholder the builder fills itself: ARNs in the standard partition. */
const PARTITION = 'Partition';
/** Stands for "any" in a field left empty ("IAM JSON policy elements: Resource"). */
export const ANY = '*';

/**
 * Each distinct resource type the actions accept, those most of the actions accept first, then
 * the plainer (fewer fields): s3:GetObject offers `object` before `accesspointobject`.
 */
export function resourceTypesOf(actions: readonly ActionInfo[]): ResourceTypeChoice[] {
  const seen = new Map<string, ResourceTypeChoice & { uses: number }>();
  for (const action of actions) {
    for (const { resourceType } of action.resourceTypes) {
      const id = `${action.service}:${resourceType.name}`;
      const known = seen.get(id);
      if (known) known.uses += 1;
      else seen.set(id, { service: action.service, resourceType, uses: 1 });
    }
  }
  const fields = (c: ResourceTypeChoice) => arnFields(c.resourceType.arnFormat).length;
  return [...seen.values()]
    .sort((a, b) => b.uses - a.uses || fields(a) - fields(b))
    .map(({ service, resourceType }) => ({ service, resourceType }));
}

/** The placeholders of an ARN format the user fills, in order, each once: Region, Account, ... */
export function arnFields(arnFormat: string): string[] {
  const names = templateTokens(arnFormat).flatMap((t) => ('variable' in t ? [t.variable] : []));
  return [...new Set(names)].filter((name) => name !== PARTITION);
}

/** `BucketName` -> `Bucket name`, `DBInstanceName` -> `DB instance name`. */
export function fieldLabel(name: string): string {
  const words = name.match(/[A-Z]+(?![a-z])|[A-Z]?[a-z0-9]+/g) ?? [name];
  return words
    .map((word, i) => (i === 0 || /^[A-Z]+$/.test(word) ? word : word.toLowerCase()))
    .join(' ');
}

/** The ARN for `arnFormat` with the given field values; a field left empty matches any value. */
export function buildArn(arnFormat: string, values: Readonly<Record<string, string>>): string {
  return templateTokens(arnFormat)
    .map((token) => {
      if ('literal' in token) return token.literal;
      if (token.variable === PARTITION) return 'aws';
      const value = values[token.variable]?.trim() ?? '';
      return value === '' ? ANY : value;
    })
    .join('');
}
