import type { CataloguePath, StepResource } from './catalogue-model.ts';
import { technique, type Technique } from './studio-technique.ts';

type Step = readonly [string, StepResource];

/**
 * A resource outside IAM that already runs as a role (a function, an instance, a stack, a job)
 * made to run the caller's code, or a role passed to such a resource. An account of identities
 * does not list those resources, so these paths are reported as not analysed, with the reason.
 */
function existing(
  entry: Omit<Technique, 'category' | 'permissions'> & {
    steps: Step[];
    category?: Technique['category'];
  },
): CataloguePath {
  const { steps, category = 'existing-passrole', ...rest } = entry;
  const passing: Step[] = rest.passRole ? [['iam:PassRole', 'passed-role']] : [];
  return technique({ ...rest, category, permissions: [...passing, ...steps] });
}

const ON_IT = 'existing-resource';

export const EXISTING_RESOURCE_TECHNIQUES: CataloguePath[] = [
  existing({
    id: 'lambda-003',
    key: 'lambda:UpdateFunctionCode',
    description:
      'Replaces the code of a function that runs as a role, and waits for it to be invoked.',
    steps: [['lambda:UpdateFunctionCode', ON_IT]],
  }),
  existing({
    id: 'lambda-004',
    key: 'lambda:UpdateFunctionCode',
    description: 'Replaces the code of a function that runs as a role and invokes it.',
    steps: [
      ['lambda:UpdateFunctionCode', ON_IT],
      ['lambda:InvokeFunction', ON_IT],
    ],
  }),
  existing({
    id: 'lambda-005',
    key: 'lambda:AddPermission',
    description:
      "Replaces the code of a function that runs as a role and grants itself lambda:InvokeFunction on it in the function's resource-based policy.",
    steps: [
      ['lambda:UpdateFunctionCode', ON_IT],
      ['lambda:AddPermission', ON_IT],
    ],
  }),
  existing({
    id: 'ec2-002',
    key: 'ec2:ModifyInstanceAttribute',
    description:
      'Stops an instance that has a role, changes its user data to a script of its own, and starts it again.',
    steps: [
      ['ec2:ModifyInstanceAttribute', ON_IT],
      ['ec2:StopInstances', ON_IT],
      ['ec2:StartInstances', ON_IT],
    ],
  }),
  existing({
    id: 'ec2-004',
    key: 'ec2:CreateLaunchTemplateVersion',
    description:
      'Adds a launch template version with user data of its own and makes it the default, so instances launched later from it (by an Auto Scaling group) run its script as their role.',
    steps: [
      ['ec2:CreateLaunchTemplateVersion', ON_IT],
      ['ec2:ModifyLaunchTemplate', ON_IT],
    ],
  }),
  existing({
    id: 'ec2instanceconnect-003',
    key: 'ec2-instance-connect:SendSSHPublicKey',
    description:
      "Pushes a short-lived SSH key to an instance that has a role, logs in and reads the role's credentials from the instance metadata.",
    steps: [
      ['ec2-instance-connect:SendSSHPublicKey', ON_IT],
      ['ec2:DescribeInstances', ON_IT],
    ],
  }),
  existing({
    id: 'ssm-001',
    key: 'ssm:StartSession',
    description:
      'Opens a Session Manager shell on a managed instance that has a role and uses the role from there.',
    steps: [['ssm:StartSession', ON_IT]],
  }),
  existing({
    id: 'ssm-002',
    key: 'ssm:SendCommand',
    description: 'Runs a command of its own on a managed instance that has a role.',
    steps: [['ssm:SendCommand', ON_IT]],
  }),
  existing({
    id: 'cloudformation-002',
    key: 'cloudformation:UpdateStack',
    description:
      'Updates a stack that has a service role with a template of its own, which CloudFormation applies as that role.',
    steps: [['cloudformation:UpdateStack', ON_IT]],
  }),
  existing({
    id: 'cloudformation-004',
    key: 'cloudformation:UpdateStackSet',
    category: 'new-passrole',
    description:
      'Updates an existing stack set with a template of its own and the passed role as its administration role.',
    passRole: { services: ['cloudformation.amazonaws.com'], runsCode: true },
    steps: [['cloudformation:UpdateStackSet', ON_IT]],
  }),
  existing({
    id: 'cloudformation-005',
    key: 'cloudformation:ExecuteChangeSet',
    description:
      'Creates a change set of a stack that has a service role, with a template of its own, and executes it.',
    steps: [
      ['cloudformation:CreateChangeSet', ON_IT],
      ['cloudformation:ExecuteChangeSet', ON_IT],
    ],
  }),
  existing({
    id: 'codebuild-002',
    key: 'codebuild:StartBuild',
    description:
      'Starts a build of a project that has a service role, overriding its buildspec with commands of its own.',
    steps: [['codebuild:StartBuild', ON_IT]],
  }),
  existing({
    id: 'codebuild-003',
    key: 'codebuild:StartBuildBatch',
    description:
      'Starts a batch build of a project that has a service role, overriding its buildspec with commands of its own.',
    steps: [['codebuild:StartBuildBatch', ON_IT]],
  }),
  existing({
    id: 'glue-002',
    key: 'glue:UpdateDevEndpoint',
    description:
      'Adds an SSH key of its own to a development endpoint that has a role, logs in and uses the role.',
    steps: [['glue:UpdateDevEndpoint', ON_IT]],
  }),
  existing({
    id: 'glue-005',
    key: 'glue:UpdateJob',
    category: 'new-passrole',
    description:
      'Points an existing job at a script of its own and at the passed role, then starts a run.',
    passRole: { services: ['glue.amazonaws.com'], runsCode: true },
    steps: [
      ['glue:UpdateJob', ON_IT],
      ['glue:StartJobRun', ON_IT],
    ],
  }),
  existing({
    id: 'glue-006',
    key: 'glue:UpdateJob',
    category: 'new-passrole',
    description:
      'Points an existing job at a script of its own and at the passed role, then creates a trigger that starts it.',
    passRole: { services: ['glue.amazonaws.com'], runsCode: true },
    steps: [
      ['glue:UpdateJob', ON_IT],
      ['glue:CreateTrigger', 'new-resource'],
    ],
  }),
  existing({
    id: 'ecs-005',
    key: 'ecs:StartTask',
    category: 'new-passrole',
    description:
      'Registers a task definition whose task role is the passed role and starts it on container instances already registered in a cluster.',
    passRole: { services: ['ecs-tasks.amazonaws.com'], runsCode: true },
    steps: [
      ['ecs:RegisterTaskDefinition', 'new-resource'],
      ['ecs:StartTask', ON_IT],
    ],
  }),
  existing({
    id: 'sagemaker-004',
    key: 'sagemaker:CreatePresignedNotebookInstanceUrl',
    description:
      'Gets a presigned URL to the Jupyter console of a notebook instance that has a role and runs code there.',
    steps: [['sagemaker:CreatePresignedNotebookInstanceUrl', ON_IT]],
  }),
  existing({
    id: 'sagemaker-005',
    key: 'sagemaker:CreateNotebookInstanceLifecycleConfig',
    description:
      'Gives a notebook instance that has a role a lifecycle configuration running a script of its own, and restarts the instance.',
    steps: [
      ['sagemaker:CreateNotebookInstanceLifecycleConfig', 'new-resource'],
      ['sagemaker:StopNotebookInstance', ON_IT],
      ['sagemaker:UpdateNotebookInstance', ON_IT],
      ['sagemaker:StartNotebookInstance', ON_IT],
    ],
  }),
  existing({
    id: 'apprunner-002',
    key: 'apprunner:UpdateService',
    description:
      'Updates an App Runner service that has an instance role to run an image or source of its own.',
    steps: [['apprunner:UpdateService', ON_IT]],
  }),
  existing({
    id: 'bedrock-002',
    key: 'bedrock-agentcore:InvokeCodeInterpreter',
    description:
      'Starts a session of an AgentCore code interpreter that has an execution role and runs code of its own in it.',
    steps: [
      ['bedrock-agentcore:StartCodeInterpreterSession', ON_IT],
      ['bedrock-agentcore:InvokeCodeInterpreter', ON_IT],
    ],
  }),
];
