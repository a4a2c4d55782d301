/*
 * Checks of what a person types into the trust policy wizard, each with a message that names the
 * field and what is wrong. The formats are those of the IAM and STS API references.
 */

export interface WizardProblem {
  /** The wizard field the problem is about, e.g. `accountId`. */
  field: string;
  message: string;
}

interface FieldShape {
  shape: RegExp;
  /** What is wrong with a text that lacks the shape. */
  problem(text: string): string;
  /** The field's name in the message that it is required; absent when it may be blank. */
  requiredLabel?: string;
}

/** The wizard's fields that must have a shape, by field. */
const FIELD_SHAPES = {
  /**
   * STS AssumeRole's ExternalId: 2 to 1,224 characters of letters, digits and `_+=,.@:/-`
   * ("AssumeRole", AWS STS API Reference).
   */
  externalId: {
    shape: /^[\w+=,.@:/-]{2,1224}$/,
    problem: (text) =>
      `External ID "${text}" must be 2 to 1,224 letters, digits or _+=,.@:/- characters.`,
  },
  /** A Cognito identity pool ID, e.g. `us-east-1:12345678-abcd-...` (Amazon Cognito API Reference). */
  identityPoolId: {
    shape: /^[\w-]+:[0-9a-f-]+$/,
    problem: (text) =>
      `Identity pool ID "${text}" must look like us-east-1:12345678-abcd-abcd-abcd-123456789012.`,
    requiredLabel: 'Identity pool ID',
  },
  /** A GitHub owner (user or organization): letters, digits and hyphens. */
  owner: {
    shape: /^[A-Za-z0-9-]+$/,
    problem: (text) => `GitHub organization "${text}" may hold only letters, digits and hyphens.`,
    requiredLabel: 'GitHub organization',
  },
  /** A GitHub repository name, or `*` for every repository of the owner. */
  repository: {
    shape: /^([\w.-]+|\*)$/,
    problem: (text) =>
      `GitHub repository "${text}" may hold only letters, digits, ".", "_" and "-", or be "*".`,
  },
  /** A branch name as git allows it here: no spaces, no `:` (it separates the subject's parts). */
  branch: {
    shape: /^[^\s:~^\\]+$/,
    problem: (text) => `Branch "${text}" may not hold spaces or ":".`,
  },
} satisfies Record<string, FieldShape>;

type ShapedField = keyof typeof FIELD_SHAPES;

/** Collects the problems of one form; `value` hands back the checked text for the policy. */
export class FieldChecks {
  readonly problems: WizardProblem[] = [];

  check(field: string, value: string, valid: boolean, message: string): string {
    if (!valid) this.problems.push({ field, message });
    return value;
  }

  required(field: string, label: string, value: string): string {
    const text = value.trim();
    return this.check(field, text, text !== '', `${label} is required.`);
  }

  /** A text that must have its field's shape when given; some fields must be given too. */
  shaped(field: ShapedField, value: string): string {
    const { shape, problem, requiredLabel }: FieldShape = FIELD_SHAPES[field];
    const text = value.trim();
    if (text === '') return requiredLabel ? this.required(field, requiredLabel, text) : text;
    return this.check(field, text, shape.test(text), problem(text));
  }

  /** An AWS account ID: exactly 12 digits. */
  accountId(field: string, value: string): string {
    const text = value.trim();
    return this.check(
      field,
      text,
      /^\d{12}$/.test(text),
      text === ''
        ? 'Account ID is required: the 12 digits of the AWS account.'
        : `Account ID "${text}" must be exactly 12 digits.`,
    );
  }

  /** An ARN of an IAM identity provider of this kind: `arn:aws:iam::111122223333:saml-provider/Name`. */
  providerArn(field: string, kind: 'saml-provider' | 'oidc-provider', value: string): string {
    const text = value.trim();
    const shape = new RegExp(`^arn:aws[a-z-]*:iam::\\d{12}:${kind}/[^\\s*?]+$`);
    return this.check(
      field,
      text,
      shape.test(text),
      `Provider ARN "${text}" must look like arn:aws:iam::111122223333:${kind}/${kind === 'saml-provider' ? 'ExampleIdP' : 'example.com'}.`,
    );
  }
}
