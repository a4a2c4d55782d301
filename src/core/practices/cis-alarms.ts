/**
 * The CIS AWS Foundations Benchmark's CloudWatch metric filters for CloudTrail, with their exact
 * patterns. CloudWatch.1-14: AWS Security Hub User Guide, "Security Hub controls for Amazon
 * CloudWatch" (each control's remediation, "Copy the following pattern"; awsdocs/aws-security-hub-
 * user-guide, doc_source/cloudwatch-controls.md, May 2023). AWS Organizations changes has no
 * Security Hub control: CIS AWS Foundations Benchmark v1.4.0 and v1.5.0, 4.15, remediation step 1.
 */
export interface CisAlarm {
  /** The metric filter's, the metric's and the alarm's name. */
  name: string;
  title: string;
  /** The Security Hub control that checks for this metric filter and alarm. */
  securityHubControl?: string;
  /** The benchmark's recommendations, VERSION/NUMBER. */
  cis: string[];
  filterPattern: string;
}

/**
 * The alarm the remediations create: "Sum" over 300 seconds, "GreaterThanOrEqualToThreshold" 1,
 * one evaluation period (CIS 4.x remediation step 4, put-metric-alarm).
 */
export const CIS_ALARM_SETTINGS = {
  statistic: 'Sum',
  period: 300,
  threshold: 1,
  comparisonOperator: 'GreaterThanOrEqualToThreshold',
  evaluationPeriods: 1,
  metricValue: '1',
} as const;

/** The namespace the benchmark's remediations use ("CISBenchmark"). */
export const CIS_METRIC_NAMESPACE = 'CISBenchmark';

export const CIS_ALARMS: readonly CisAlarm[] = [
  {
    name: 'UnauthorizedApiCalls',
    title: 'Unauthorized API calls',
    securityHubControl: 'CloudWatch.2',
    cis: ['v1.2.0/3.1'],
    filterPattern: '{($.errorCode="*UnauthorizedOperation") || ($.errorCode="AccessDenied*")}',
  },
  {
    name: 'ConsoleSignInWithoutMfa',
    title: 'Management Console sign-in without MFA',
    securityHubControl: 'CloudWatch.3',
    cis: ['v1.2.0/3.2'],
    filterPattern:
      '{ ($.eventName = "ConsoleLogin") && ($.additionalEventData.MFAUsed != "Yes") && ($.userIdentity.type = "IAMUser") && ($.responseElements.ConsoleLogin = "Success") }',
  },
  {
    name: 'RootAccountUsage',
    title: 'Usage of the root user',
    securityHubControl: 'CloudWatch.1',
    cis: ['v1.2.0/1.1', 'v1.2.0/3.3', 'v1.4.0/1.7', 'v1.4.0/4.3'],
    filterPattern:
      '{$.userIdentity.type="Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType !="AwsServiceEvent"}',
  },
  {
    name: 'IamPolicyChanges',
    title: 'IAM policy changes',
    securityHubControl: 'CloudWatch.4',
    cis: ['v1.2.0/3.4', 'v1.4.0/4.4'],
    filterPattern:
      '{($.eventName=DeleteGroupPolicy) || ($.eventName=DeleteRolePolicy) || ($.eventName=DeleteUserPolicy) || ($.eventName=PutGroupPolicy) || ($.eventName=PutRolePolicy) || ($.eventName=PutUserPolicy) || ($.eventName=CreatePolicy) || ($.eventName=DeletePolicy) || ($.eventName=CreatePolicyVersion) || ($.eventName=DeletePolicyVersion) || ($.eventName=AttachRolePolicy) || ($.eventName=DetachRolePolicy) || ($.eventName=AttachUserPolicy) || ($.eventName=DetachUserPolicy) || ($.eventName=AttachGroupPolicy) || ($.eventName=DetachGroupPolicy)}',
  },
  {
    name: 'CloudTrailConfigurationChanges',
    title: 'CloudTrail configuration changes',
    securityHubControl: 'CloudWatch.5',
    cis: ['v1.2.0/3.5', 'v1.4.0/4.5'],
    filterPattern:
      '{($.eventName=CreateTrail) || ($.eventName=UpdateTrail) || ($.eventName=DeleteTrail) || ($.eventName=StartLogging) || ($.eventName=StopLogging)}',
  },
  {
    name: 'ConsoleAuthenticationFailures',
    title: 'Management Console authentication failures',
    securityHubControl: 'CloudWatch.6',
    cis: ['v1.2.0/3.6', 'v1.4.0/4.6'],
    filterPattern: '{($.eventName=ConsoleLogin) && ($.errorMessage="Failed authentication")}',
  },
  {
    name: 'KmsKeyDisabledOrScheduledForDeletion',
    title: 'Disabling or scheduled deletion of customer managed KMS keys',
    securityHubControl: 'CloudWatch.7',
    cis: ['v1.2.0/3.7', 'v1.4.0/4.7'],
    filterPattern:
      '{($.eventSource=kms.amazonaws.com) && (($.eventName=DisableKey) || ($.eventName=ScheduleKeyDeletion))}',
  },
  {
    name: 'S3BucketPolicyChanges',
    title: 'S3 bucket policy changes',
    securityHubControl: 'CloudWatch.8',
    cis: ['v1.2.0/3.8', 'v1.4.0/4.8'],
    filterPattern:
      '{($.eventSource=s3.amazonaws.com) && (($.eventName=PutBucketAcl) || ($.eventName=PutBucketPolicy) || ($.eventName=PutBucketCors) || ($.eventName=PutBucketLifecycle) || ($.eventName=PutBucketReplication) || ($.eventName=DeleteBucketPolicy) || ($.eventName=DeleteBucketCors) || ($.eventName=DeleteBucketLifecycle) || ($.eventName=DeleteBucketReplication))}',
  },
  {
    name: 'ConfigConfigurationChanges',
    title: 'AWS Config configuration changes',
    securityHubControl: 'CloudWatch.9',
    cis: ['v1.2.0/3.9', 'v1.4.0/4.9'],
    filterPattern:
      '{($.eventSource=config.amazonaws.com) && (($.eventName=StopConfigurationRecorder) || ($.eventName=DeleteDeliveryChannel) || ($.eventName=PutDeliveryChannel) || ($.eventName=PutConfigurationRecorder))}',
  },
  {
    name: 'SecurityGroupChanges',
    title: 'Security group changes',
    securityHubControl: 'CloudWatch.10',
    cis: ['v1.2.0/3.10', 'v1.4.0/4.10'],
    filterPattern:
      '{($.eventName=AuthorizeSecurityGroupIngress) || ($.eventName=AuthorizeSecurityGroupEgress) || ($.eventName=RevokeSecurityGroupIngress) || ($.eventName=RevokeSecurityGroupEgress) || ($.eventName=CreateSecurityGroup) || ($.eventName=DeleteSecurityGroup)}',
  },
  {
    name: 'NetworkAclChanges',
    title: 'Network access control list (NACL) changes',
    securityHubControl: 'CloudWatch.11',
    cis: ['v1.2.0/3.11', 'v1.4.0/4.11'],
    filterPattern:
      '{($.eventName=CreateNetworkAcl) || ($.eventName=CreateNetworkAclEntry) || ($.eventName=DeleteNetworkAcl) || ($.eventName=DeleteNetworkAclEntry) || ($.eventName=ReplaceNetworkAclEntry) || ($.eventName=ReplaceNetworkAclAssociation)}',
  },
  {
    name: 'NetworkGatewayChanges',
    title: 'Network gateway changes',
    securityHubControl: 'CloudWatch.12',
    cis: ['v1.2.0/3.12', 'v1.4.0/4.12'],
    filterPattern:
      '{($.eventName=CreateCustomerGateway) || ($.eventName=DeleteCustomerGateway) || ($.eventName=AttachInternetGateway) || ($.eventName=CreateInternetGateway) || ($.eventName=DeleteInternetGateway) || ($.eventName=DetachInternetGateway)}',
  },
  {
    name: 'RouteTableChanges',
    title: 'Route table changes',
    securityHubControl: 'CloudWatch.13',
    cis: ['v1.2.0/3.13', 'v1.4.0/4.13'],
    filterPattern:
      '{($.eventName=CreateRoute) || ($.eventName=CreateRouteTable) || ($.eventName=ReplaceRoute) || ($.eventName=ReplaceRouteTableAssociation) || ($.eventName=DeleteRouteTable) || ($.eventName=DeleteRoute) || ($.eventName=DisassociateRouteTable)}',
  },
  {
    name: 'VpcChanges',
    title: 'VPC changes',
    securityHubControl: 'CloudWatch.14',
    cis: ['v1.2.0/3.14', 'v1.4.0/4.14'],
    filterPattern:
      '{($.eventName=CreateVpc) || ($.eventName=DeleteVpc) || ($.eventName=ModifyVpcAttribute) || ($.eventName=AcceptVpcPeeringConnection) || ($.eventName=CreateVpcPeeringConnection) || ($.eventName=DeleteVpcPeeringConnection) || ($.eventName=RejectVpcPeeringConnection) || ($.eventName=AttachClassicLinkVpc) || ($.eventName=DetachClassicLinkVpc) || ($.eventName=DisableVpcClassicLink) || ($.eventName=EnableVpcClassicLink)}',
  },
  {
    name: 'OrganizationsChanges',
    title: 'AWS Organizations changes',
    cis: ['v1.4.0/4.15', 'v1.5.0/4.15'],
    filterPattern:
      '{ ($.eventSource = organizations.amazonaws.com) && (($.eventName = "AcceptHandshake") || ($.eventName = "AttachPolicy") || ($.eventName = "CreateAccount") || ($.eventName = "CreateOrganizationalUnit") || ($.eventName = "CreatePolicy") || ($.eventName = "DeclineHandshake") || ($.eventName = "DeleteOrganization") || ($.eventName = "DeleteOrganizationalUnit") || ($.eventName = "DeletePolicy") || ($.eventName = "DetachPolicy") || ($.eventName = "DisablePolicyType") || ($.eventName = "EnablePolicyType") || ($.eventName = "InviteAccountToOrganization") || ($.eventName = "LeaveOrganization") || ($.eventName = "MoveAccount") || ($.eventName = "RemoveAccountFromOrganization") || ($.eventName = "UpdatePolicy") || ($.eventName = "UpdateOrganizationalUnit")) }',
  },
];
