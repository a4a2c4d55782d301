/** The kinds of caller a request can have, each filling a well-formed principal (scenario format). */
export const PRINCIPAL_PRESETS = [
  'user',
  'role',
  'session',
  'federated',
  'root',
  'service',
  'anonymous',
] as const;
export type PrincipalPreset = (typeof PRINCIPAL_PRESETS)[number];

export const PRESET_LABELS: Record<PrincipalPreset, string> = {
  user: 'IAM user',
  role: 'IAM role',
  session: 'Role session',
  federated: 'Federated user',
  root: 'Root user',
  service: 'AWS service',
  anonymous: 'Anonymous',
};

const DEFAULT_ACCOUNT = '111122223333';
const ACCOUNT = /^arn:aws[\w-]*:(?:iam|sts)::(\d{12}):/;

/** The account of a principal ARN, so switching presets keeps it. */
export function principalAccount(principal: string): string {
  return ACCOUNT.exec(principal)?.[1] ?? DEFAULT_ACCOUNT;
}

export function presetPrincipal(preset: PrincipalPreset, account = DEFAULT_ACCOUNT): string {
  switch (preset) {
    case 'user':
      return `arn:aws:iam::${account}:user/alice`;
    case 'role':
      return `arn:aws:iam::${account}:role/AppRole`;
    case 'session':
      return `arn:aws:sts::${account}:assumed-role/AppRole/session-1`;
    case 'federated':
      return `arn:aws:sts::${account}:federated-user/carol`;
    case 'root':
      return `arn:aws:iam::${account}:root`;
    case 'service':
      return 'lambda.amazonaws.com';
    case 'anonymous':
      return '*';
  }
}

/** Which preset a principal looks like; undefined for text that fits none. */
export function presetOf(principal: string): PrincipalPreset | undefined {
  if (principal === '*') return 'anonymous';
  if (/^[a-z0-9-]+(\.[a-z0-9-]+)*\.amazonaws\.com(\.cn)?$/.test(principal)) return 'service';
  const match =
    /^arn:aws[\w-]*:(iam|sts)::\d{12}:(user|role|assumed-role|federated-user|root)\b/.exec(
      principal,
    );
  const kinds: Record<string, PrincipalPreset> = {
    user: 'user',
    role: 'role',
    'assumed-role': 'session',
    'federated-user': 'federated',
    root: 'root',
  };
  return match ? kinds[match[2] ?? ''] : undefined;
}
