import type { CredentialRule } from '../credential-finding.ts';
import { accessKeyNeverUsed } from './access-key-never-used.ts';
import { accessKeyNotRotated } from './access-key-not-rotated.ts';
import { accessKeyUnused } from './access-key-unused.ts';
import { consoleWithoutMfa } from './console-without-mfa.ts';
import { passwordUnused } from './password-unused.ts';
import { privilegedWithoutMfa } from './privileged-without-mfa.ts';
import { rootAccessKey } from './root-access-key.ts';
import { rootUsedRecently } from './root-used-recently.ts';
import { rootWithoutMfa } from './root-without-mfa.ts';
import { twoActiveKeys } from './two-active-keys.ts';
import { userInactive } from './user-inactive.ts';

/** Every credential-report rule, in the order their findings of one user are listed. */
export const CREDENTIAL_RULES: readonly CredentialRule[] = [
  rootUsedRecently,
  rootAccessKey,
  rootWithoutMfa,
  privilegedWithoutMfa,
  consoleWithoutMfa,
  accessKeyNotRotated,
  accessKeyUnused,
  accessKeyNeverUsed,
  twoActiveKeys,
  passwordUnused,
  userInactive,
];
