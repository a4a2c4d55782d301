/**
 * The CloudTrail events whose permissions are not simply the IAM action of the event's name (the
 * rule event-map.generated.json serves). Reviewed by hand: each entry cites the AWS page it comes
 * from. A test checks that every action named here is in the service reference.
 */

/** Where the resource of a needed action comes from, when not from the event's own resources. */
export type NeedResource =
  /** The object CopyObject and UploadPartCopy read: requestParameters.x-amz-copy-source. */
  | 'copy-source'
  /** The role a call passes to a service: the requestParameters field named by `parameter`. */
  | 'passed-role';

export interface ActionNeed {
  action: string;
  resource?: NeedResource;
  /** Needed only when the record's requestParameters has this field (the role passed). */
  parameter?: string;
  /** Needed only when the record's requestParameters lacks this field (an object's versionId). */
  absentParameter?: string;
  /** The service the role is passed to: iam:PassedToService of an iam:PassRole. */
  passedToService?: string;
}

export interface EventException {
  eventSource: string;
  eventName: string;
  /** Empty: the call needs no permission. */
  needs: ActionNeed[];
}

const S3 = 's3.amazonaws.com';
const LAMBDA = 'lambda.amazonaws.com';

const s3 = (eventName: string, ...actions: string[]): EventException => ({
  eventSource: S3,
  eventName,
  needs: actions.map((action) => ({ action })),
});

/** An object operation that needs another action when the request names a version (versionId). */
const versioned = (eventName: string, current: string, version: string): EventException => ({
  eventSource: S3,
  eventName,
  needs: [
    { action: current, absentParameter: 'versionId' },
    { action: version, parameter: 'versionId' },
  ],
});

/** A role passed to a service (IAM User Guide, "Grant a user permissions to pass a role to an AWS
 * service", https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html): iam:PassRole
 * on the role, with iam:PassedToService the service it is passed to. */
const passRole = (parameter: string, passedToService: string): ActionNeed => ({
  action: 'iam:PassRole',
  resource: 'passed-role',
  parameter,
  passedToService,
});

export const EVENT_EXCEPTIONS: readonly EventException[] = [
  // Amazon S3 API Reference, each operation's "Permissions" section, and the Amazon S3 User Guide's
  // "Required permissions for Amazon S3 API operations"
  // (https://docs.aws.amazon.com/AmazonS3/latest/userguide/using-with-s3-policy-actions.html).
  // API_ListObjectsV2.html / API_ListObjects.html: "You must have permission to perform the s3:ListBucket action."
  s3('ListObjects', 's3:ListBucket'),
  s3('ListObjectsV2', 's3:ListBucket'),
  // API_HeadObject.html: "you must have the s3:GetObject permission".
  s3('HeadObject', 's3:GetObject'),
  // API_HeadBucket.html: "you must have permissions to perform the s3:ListBucket action".
  s3('HeadBucket', 's3:ListBucket'),
  // API_ListBuckets.html: "you must have the s3:ListAllMyBuckets policy action".
  s3('ListBuckets', 's3:ListAllMyBuckets'),
  // API_ListObjectVersions.html: "you must have permission to perform the s3:ListBucketVersions action".
  s3('ListObjectVersions', 's3:ListBucketVersions'),
  // API_ListMultipartUploads.html / API_ListParts.html.
  s3('ListMultipartUploads', 's3:ListBucketMultipartUploads'),
  s3('ListParts', 's3:ListMultipartUploadParts'),
  // API_CreateMultipartUpload.html, API_UploadPart.html, API_CompleteMultipartUpload.html: "you
  // must have permission to perform the s3:PutObject action".
  s3('CreateMultipartUpload', 's3:PutObject'),
  s3('UploadPart', 's3:PutObject'),
  s3('CompleteMultipartUpload', 's3:PutObject'),
  // API_DeleteObjects.html: "you must have the s3:DeleteObject ... permissions".
  s3('DeleteObjects', 's3:DeleteObject'),
  // API_SelectObjectContent.html: "you must have the s3:GetObject permission".
  s3('SelectObjectContent', 's3:GetObject'),
  // "Required permissions for Amazon S3 API operations", bucket operations: the configuration's
  // action names differ from the operation's (GetBucketCors is s3:GetBucketCORS by IAM's
  // case-insensitive names already).
  s3('GetBucketEncryption', 's3:GetEncryptionConfiguration'),
  s3('PutBucketEncryption', 's3:PutEncryptionConfiguration'),
  s3('DeleteBucketEncryption', 's3:PutEncryptionConfiguration'),
  s3('GetBucketLifecycleConfiguration', 's3:GetLifecycleConfiguration'),
  s3('PutBucketLifecycleConfiguration', 's3:PutLifecycleConfiguration'),
  s3('DeleteBucketLifecycle', 's3:PutLifecycleConfiguration'),
  s3('GetPublicAccessBlock', 's3:GetBucketPublicAccessBlock'),
  s3('PutPublicAccessBlock', 's3:PutBucketPublicAccessBlock'),
  s3('DeletePublicAccessBlock', 's3:PutBucketPublicAccessBlock'),
  s3('DeleteBucketCors', 's3:PutBucketCORS'),
  s3('DeleteBucketTagging', 's3:PutBucketTagging'),
  // API_GetObject.html: "If you include a versionId in your request header, you must have the
  // s3:GetObjectVersion permission ... The s3:GetObject permission is not required"; API_DeleteObject.html:
  // "To delete a specific version of an object ... you must specify the s3:DeleteObjectVersion permission".
  versioned('GetObject', 's3:GetObject', 's3:GetObjectVersion'),
  versioned('DeleteObject', 's3:DeleteObject', 's3:DeleteObjectVersion'),
  // API_CopyObject.html and API_UploadPartCopy.html: "You must have read access to the source
  // object and write access to the destination bucket": s3:GetObject on the source, s3:PutObject
  // on the destination.
  {
    eventSource: S3,
    eventName: 'CopyObject',
    needs: [{ action: 's3:GetObject', resource: 'copy-source' }, { action: 's3:PutObject' }],
  },
  {
    eventSource: S3,
    eventName: 'UploadPartCopy',
    needs: [{ action: 's3:GetObject', resource: 'copy-source' }, { action: 's3:PutObject' }],
  },
  // AWS Lambda API Reference, API_Invoke.html: the Invoke operation is authorized as
  // lambda:InvokeFunction (Service Authorization Reference, "Actions defined by AWS Lambda").
  {
    eventSource: LAMBDA,
    eventName: 'Invoke',
    needs: [{ action: 'lambda:InvokeFunction' }],
  },
  // Lambda Developer Guide, "Lambda execution role": "To create a function ... you need iam:PassRole"
  // (https://docs.aws.amazon.com/lambda/latest/dg/lambda-intro-execution-role.html), the role
  // given as the Role parameter of API_CreateFunction.html.
  {
    eventSource: LAMBDA,
    eventName: 'CreateFunction',
    needs: [{ action: 'lambda:CreateFunction' }, passRole('role', 'lambda.amazonaws.com')],
  },
  // IAM User Guide, "Use an IAM role to grant permissions to applications running on Amazon EC2
  // instances" (https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-ec2.html):
  // launching an instance with an instance profile needs iam:PassRole on its role.
  {
    eventSource: 'ec2.amazonaws.com',
    eventName: 'RunInstances',
    needs: [{ action: 'ec2:RunInstances' }, passRole('iamInstanceProfile', 'ec2.amazonaws.com')],
  },
  // AWS CloudFormation User Guide, "CloudFormation service role"
  // (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-iam-servicerole.html):
  // a stack created with RoleARN needs iam:PassRole on that role.
  {
    eventSource: 'cloudformation.amazonaws.com',
    eventName: 'CreateStack',
    needs: [
      { action: 'cloudformation:CreateStack' },
      passRole('roleARN', 'cloudformation.amazonaws.com'),
    ],
  },
  {
    eventSource: 'cloudformation.amazonaws.com',
    eventName: 'UpdateStack',
    needs: [
      { action: 'cloudformation:UpdateStack' },
      passRole('roleARN', 'cloudformation.amazonaws.com'),
    ],
  },
  // AWS STS API Reference, API_GetCallerIdentity.html: "No permissions are required to perform
  // this operation."
  { eventSource: 'sts.amazonaws.com', eventName: 'GetCallerIdentity', needs: [] },
];

/**
 * Lambda records most management events under the operation's name followed by its API version
 * (Lambda Developer Guide, "Logging AWS Lambda API calls using AWS CloudTrail",
 * https://docs.aws.amazon.com/lambda/latest/dg/logging-using-cloudtrail.html: eventName
 * "UpdateFunctionCode20150331v2", "CreateFunction20150331"): the operation is the name without it.
 */
export const DATED_EVENT_NAME: Readonly<Record<string, RegExp>> = {
  [LAMBDA]: /^([A-Za-z]+?)20\d{6}(?:v\d+)?$/,
};
