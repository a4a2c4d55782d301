import { EXAMPLE_TEMPLATES } from './examples.ts';
import { PATTERN_TEMPLATES } from './patterns.ts';
import type { PolicyTemplate } from './template.ts';
import { TRUST_TEMPLATES } from './trust.ts';

export type { PolicyTemplate, TemplateCategory } from './template.ts';

export const POLICY_TEMPLATES: readonly PolicyTemplate[] = [
  ...EXAMPLE_TEMPLATES,
  ...TRUST_TEMPLATES,
  ...PATTERN_TEMPLATES,
];
export { searchTemplates } from './search.ts';
export {
  buildTrustPolicy,
  firstAccountId,
  trustPolicyName,
  SAML_SIGNIN_AUDIENCE,
  type TrustedEntity,
  type TrustPolicyResult,
  type WebIdentity,
  type WizardProblem,
} from './trust-wizard.ts';
export { githubSubject, GITHUB_AUDIENCE } from './trust-wizard-web-identity.ts';
export { SERVICE_PRINCIPALS } from './service-principals.ts';
