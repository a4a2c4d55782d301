/*
 * Checks of what a person types into the trust policy wizard, each with a message that names the
 * field and what is wrong. The formats are those of the IAM and STS API references.
 */

export interface WizardProblem {
  /** The wizard field the problem is about, e.g. `accountId`. */
  field: string;
  message: string;
}

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

  /** A text that must have `shape` when given; with `requiredLabel`, it must be given too. */
  shaped(
    field: string,
    value: string,
    shape: RegExp,
    problem: (text: string) => string,
    requiredLabel?: string,
  ): string {
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

/**
 * STS AssumeRole's ExternalId: 2 to 1,224 characters of letters, digits and `_+=,.@:/-` ("AssumeRole",
 * AWS STS API Reference).
 */
export const EXTERNAL_ID = /^[\w+=,.@:/-]{2,1224}$/;

/** A Cognito identity pool ID, e.g. `us-east-1:12345678-abcd-...` (Amazon Cognito API Reference). */
export const IDENTITY_POOL_ID = /^[\w-]+:[0-9a-f-]+$/;

/** A GitHub owner (user or organization): letters, digits and hyphens. */
export const GITHUB_OWNER = /^[A-Za-z0-9-]+$/;

/** A GitHub repository name, or `*` for every repository of the owner. */
export const GITHUB_REPOSITORY = /^([\w.-]+|\*)$/;

/** A branch name as git allows it here: no spaces, no `:` (it separates the subject's parts). */
export const GITHUB_BRANCH = /^[^\s:~^\\]+$/;
