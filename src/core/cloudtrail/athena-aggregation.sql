-- The Athena query whose CSV result the studio imports (athena-csv.ts reads these column names).
-- It runs over the CloudTrail table that the Athena User Guide documents ("Create a table for
-- CloudTrail logs in Athena using manual partitioning",
-- https://docs.aws.amazon.com/athena/latest/ug/create-cloudtrail-table.html: CREATE EXTERNAL TABLE
-- cloudtrail_logs ...) and keeps one row per distinct caller, call,
-- resources, outcome and context, with how many records it stands for and when it was first and
-- last seen. user_agent_class follows the rules of user-agent.ts.
SELECT
  useridentity.type AS identity_type,
  useridentity.arn AS principal_arn,
  useridentity.sessioncontext.sessionissuer.arn AS session_issuer_arn,
  useridentity.accountid AS account_id,
  useridentity.principalid AS principal_id,
  useridentity.invokedby AS invoked_by,
  CASE useridentity.type
    WHEN 'SAMLUser' THEN json_extract_scalar(requestparameters, '$.principalArn')
    WHEN 'WebIdentityUser' THEN json_extract_scalar(responseelements, '$.provider')
  END AS identity_provider,
  recipientaccountid AS recipient_account_id,
  eventsource AS event_source,
  eventname AS event_name,
  json_format(CAST(array_sort(transform(resources, r -> r.arn)) AS JSON)) AS resource_arns,
  errorcode AS error_code,
  sourceipaddress AS source_ip,
  awsregion AS region,
  useridentity.sessioncontext.attributes.mfaauthenticated AS mfa_authenticated,
  CASE
    WHEN useragent IS NULL OR useragent = '' THEN 'none'
    WHEN regexp_replace(useragent, '^\[|\]$', '') IN ('AWSConsole', 'console.amazonaws.com', 'console.aws.amazon.com')
      OR regexp_replace(useragent, '^\[|\]$', '') LIKE 'signin.amazonaws.com%' THEN 'console'
    WHEN regexp_replace(useragent, '^\[|\]$', '') LIKE 'aws-cli/%' THEN 'cli'
    WHEN regexp_like(regexp_replace(useragent, '^\[|\]$', ''), '^(aws-sdk-|Boto3/|Botocore/)') THEN 'sdk'
    WHEN regexp_like(regexp_replace(useragent, '^\[|\]$', ''), '^[a-z0-9-]+(\.[a-z0-9-]+)*\.amazonaws\.com$')
      OR useragent = 'AWS Internal' THEN 'aws-service'
    ELSE 'other'
  END AS user_agent_class,
  vpcendpointid AS vpc_endpoint_id,
  tlsdetails IS NOT NULL AS secure_transport,
  count(*) AS event_count,
  min(eventtime) AS first_seen,
  max(eventtime) AS last_seen
FROM cloudtrail_logs
GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18
