import type { Catalog } from '../../../core/index.ts';

type ActionLookup = Awaited<ReturnType<Catalog['lookupAction']>>;

/** The action to ask about, as the service reference spells it, or what is wrong with the text. */
export function checkedAction(
  typed: string,
  lookup: ActionLookup,
): { action: string } | { problem: string } {
  switch (lookup.kind) {
    case 'found':
      return { action: `${lookup.action.service}:${lookup.action.name}` };
    case 'malformed':
      return {
        problem: `“${typed}” is not one action: type it as service:Action, e.g. s3:GetObject (no wildcards)`,
      };
    case 'unknown-service':
      return {
        problem: `No service has the prefix “${lookup.service}”${lookup.suggestion ? `: did you mean ${lookup.suggestion}?` : ''}`,
      };
    case 'unknown-action':
      return {
        problem: `${lookup.service} has no action “${lookup.action}”${lookup.suggestion ? `: did you mean ${lookup.suggestion}?` : ''}`,
      };
  }
}

/** An empty resource (every resource), or what is wrong with the text. */
export function resourceProblem(resource: string): string | undefined {
  if (resource === '' || resource === '*' || resource.startsWith('arn:')) return undefined;
  return `The resource is an ARN, e.g. arn:aws:s3:::example-bucket, or empty for every resource`;
}
