import type { ResourceScope } from '../core/index.ts';

export interface GenerateArguments {
  logs: string[];
  principal: string;
  resources: ResourceScope;
}

const SCOPES: readonly ResourceScope[] = ['exact', 'type', 'account'];

/**
 * `LOGS... --principal ARN [--resources exact|type|account]`, options anywhere among the logs, or
 * what is wrong and where (the argument's position on the command line, the command being 1).
 */
export function readGenerateArguments(args: readonly string[]): GenerateArguments | string {
  const logs: string[] = [];
  let principal: string | undefined;
  let resources: ResourceScope | undefined;
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index]!;
    const at = `argument ${index + 2}`;
    if (arg === '-' || !arg.startsWith('--')) {
      logs.push(arg);
      continue;
    }
    const value = args[index + 1];
    if (arg !== '--principal' && arg !== '--resources')
      return `${at}: unknown option "${arg}" (give --principal, --resources, and log files, folders or -)`;
    if (value === undefined || value.startsWith('--')) return `${at}: ${arg} needs a value`;
    index += 1;
    if (arg === '--principal') {
      if (principal !== undefined) return `${at}: --principal is given twice`;
      principal = value;
    } else {
      if (resources !== undefined) return `${at}: --resources is given twice`;
      if (!SCOPES.includes(value as ResourceScope))
        return `argument ${index + 2}: --resources "${value}" is not one of exact, type, account`;
      resources = value as ResourceScope;
    }
  }
  if (principal === undefined)
    return '--principal is missing: give the ARN of the user or role to write the policy for, e.g. --principal arn:aws:iam::111122223333:role/app';
  if (logs.length === 0)
    return 'no logs: give the CloudTrail logs to generate from (files, folders, .gz, or -)';
  return { logs, principal, resources: resources ?? 'exact' };
}
