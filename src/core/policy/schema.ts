import { conditionOperatorPattern } from './operators.ts';

/*
 * JSON Schema (draft-07) for the IAM policy grammar ("IAM JSON policy element reference" and
 * "Grammar of the IAM JSON policy language", AWS IAM User Guide).
 *
 * Used twice: by ajv in the core (schema-validate.ts) and by Monaco's JSON language, which honours
 * the non-standard `errorMessage` and `patternErrorMessage` keywords. In Monaco an `errorMessage`
 * replaces every message raised by the keywords of the schema object that holds it, so each
 * object below carries one message that fits all of its keywords; checks that need a different
 * message live in their own `allOf` entry.
 */

const stringOrStrings = (element: string, description: string) => ({
  description,
  type: ['string', 'array'],
  items: { type: 'string', errorMessage: `Each ${element} entry must be a string` },
  errorMessage: `${element} must be a string or an array of strings`,
});

const principalValue = (kind: string, description: string) =>
  stringOrStrings(`Principal ${kind}`, description);

const principalMessage = (element: string) =>
  `${element} must be "*" or an object with AWS, Service, Federated or CanonicalUser`;

const principal = (element: string, description: string) => ({
  description,
  errorMessage: principalMessage(element),
  anyOf: [
    { const: '*', errorMessage: principalMessage(element) },
    {
      type: 'object',
      properties: {
        AWS: principalValue('AWS', 'AWS accounts, IAM users, IAM roles or "*" (anyone).'),
        Service: principalValue('Service', 'AWS service principals, e.g. "ec2.amazonaws.com".'),
        Federated: principalValue('Federated', 'Identity providers (SAML or web identity).'),
        CanonicalUser: principalValue('CanonicalUser', 'Amazon S3 canonical user IDs.'),
      },
      additionalProperties: false,
      errorMessage: principalMessage(element),
    },
  ],
});

const conditionValue = {
  type: ['string', 'number', 'boolean', 'array'],
  items: {
    type: ['string', 'number', 'boolean'],
    errorMessage: 'Each condition value must be a string, number or boolean',
  },
  errorMessage: 'A condition value must be a string, number, boolean or an array of them',
};

const condition = {
  description:
    'Conditions under which the statement applies: { "Operator": { "key": value or [values] } }. ' +
    "All operators and keys must match; any of a key's values may match.",
  type: 'object',
  errorMessage: 'Condition must be an object of condition operators',
  propertyNames: {
    pattern: conditionOperatorPattern(),
    patternErrorMessage: 'Unknown condition operator',
  },
  additionalProperties: {
    type: 'object',
    errorMessage: 'A condition operator takes an object of condition keys and values',
    additionalProperties: conditionValue,
  },
};

const notBoth = (element: string) => ({
  not: { type: 'object', required: [element, `Not${element}`] },
  errorMessage: `${element} and Not${element} cannot both appear in a statement`,
});

const statement = {
  allOf: [
    { type: 'object', errorMessage: 'A statement must be a JSON object' },
    {
      properties: {
        Sid: { type: 'string', description: 'Statement ID.', errorMessage: 'Sid must be a string' },
        Effect: {
          description: 'Whether the statement allows or explicitly denies access.',
          enum: ['Allow', 'Deny'],
          errorMessage: 'Effect must be "Allow" or "Deny"',
        },
        Principal: principal(
          'Principal',
          'Who the statement applies to (resource-based policies).',
        ),
        NotPrincipal: principal(
          'NotPrincipal',
          'Everyone except these principals (only with "Effect": "Deny").',
        ),
        Action: stringOrStrings('Action', 'Actions the statement covers, e.g. "s3:GetObject".'),
        NotAction: stringOrStrings('NotAction', 'Every action except these.'),
        Resource: stringOrStrings('Resource', 'Resource ARNs the statement covers.'),
        NotResource: stringOrStrings('NotResource', 'Every resource except these.'),
        Condition: condition,
      },
      required: ['Effect'],
      additionalProperties: false,
      errorMessage:
        'Unknown statement element: a statement has Sid, Effect, Principal, NotPrincipal, ' +
        'Action, NotAction, Resource, NotResource and Condition',
    },
    notBoth('Action'),
    notBoth('Resource'),
    notBoth('Principal'),
    {
      anyOf: [{ required: ['Action'] }, { required: ['NotAction'] }],
      errorMessage: 'A statement must have Action or NotAction',
    },
  ],
};

export const policySchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://iam-policy-studio.local/schemas/iam-policy.json',
  title: 'AWS IAM policy',
  definitions: { statement },
  allOf: [
    { type: 'object', errorMessage: 'A policy must be a JSON object' },
    {
      properties: {
        Version: {
          description:
            'Policy language version. Use "2012-10-17": with "2008-10-17" policy variables are not replaced.',
          enum: ['2012-10-17', '2008-10-17'],
          errorMessage: 'Version must be "2012-10-17" or "2008-10-17"',
        },
        Id: {
          type: 'string',
          description: 'Optional policy identifier.',
          errorMessage: 'Id must be a string',
        },
        Statement: {
          description: 'One statement or an array of statements.',
          if: { type: 'array' },
          then: { items: { $ref: '#/definitions/statement' } },
          else: { $ref: '#/definitions/statement' },
        },
      },
      required: ['Statement'],
      additionalProperties: false,
      errorMessage: 'Unknown top-level element: a policy has Version, Id and Statement',
    },
  ],
};
