import { POLICY_TEMPLATES, type ScenarioPolicy } from '../core/index.ts';

/** The example a user sees first (issue 2): the console visual editor's MFA policy template. */
const SEED = POLICY_TEMPLATES.find((template) => template.id === 'visual-editor-mfa');

export const SEED_POLICY: ScenarioPolicy = {
  id: 'visual-editor-0',
  name: 'VisualEditor0 example',
  type: 'identity',
  document: SEED?.document ?? '',
};
