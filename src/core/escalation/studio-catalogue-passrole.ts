import type { CataloguePath, StepResource } from './catalogue-model.ts';
import { technique, type Technique } from './studio-technique.ts';

type Step = readonly [string, StepResource];

/**
 * A new resource of a service that runs what the caller gives it (code, a template, a script) with
 * the credentials of a role passed to it: the caller gets that role's power. The passed role must
 * trust the service; iam:PassRole is asked with iam:PassedToService set to it ("Grant a user
 * permissions to pass a role to an AWS service",
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html).
 */
function passing(
  services: string[],
  entry: Omit<Technique, 'category' | 'permissions' | 'passRole'> & { steps: Step[] },
): CataloguePath {
  const { steps, ...rest } = entry;
  return technique({
    ...rest,
    category: 'new-passrole',
    permissions: [['iam:PassRole', 'passed-role'], ...steps],
    passRole: { services, runsCode: true },
  });
}

const LAMBDA = ['lambda.amazonaws.com'];
const EC2 = ['ec2.amazonaws.com'];
const CLOUDFORMATION = ['cloudformation.amazonaws.com'];
const GLUE = ['glue.amazonaws.com'];
const CODEBUILD = ['codebuild.amazonaws.com'];
const ECS_TASKS = ['ecs-tasks.amazonaws.com'];
const SAGEMAKER = ['sagemaker.amazonaws.com'];

/** PassRole to a service that runs the caller's code as the role. */
export const PASS_ROLE_TECHNIQUES: CataloguePath[] = [
  passing(LAMBDA, {
    id: 'lambda-001',
    key: 'lambda:CreateFunction',
    description:
      'Creates a function whose execution role is the passed role, with code of its own, and invokes it.',
    steps: [
      ['lambda:CreateFunction', 'new-resource'],
      ['lambda:InvokeFunction', 'new-resource'],
    ],
  }),
  passing(LAMBDA, {
    id: 'lambda-002',
    key: 'lambda:CreateEventSourceMapping',
    description:
      'Creates a function with the passed role as its execution role and an event source mapping that makes Lambda run it.',
    steps: [
      ['lambda:CreateFunction', 'new-resource'],
      ['lambda:CreateEventSourceMapping', 'new-resource'],
    ],
  }),
  passing(LAMBDA, {
    id: 'lambda-006',
    key: 'lambda:AddPermission',
    description:
      'Creates a function with the passed role as its execution role and adds a resource-based policy statement that lets the principal invoke it.',
    steps: [
      ['lambda:CreateFunction', 'new-resource'],
      ['lambda:AddPermission', 'new-resource'],
    ],
  }),
  passing(EC2, {
    id: 'ec2-001',
    key: 'ec2:RunInstances',
    description:
      "Launches an instance with an instance profile holding the passed role and user data of its own, which reads the role's credentials from the instance metadata.",
    steps: [['ec2:RunInstances', 'new-resource']],
  }),
  passing(EC2, {
    id: 'ec2-003',
    key: 'ec2:RequestSpotInstances',
    description:
      'Requests a Spot Instance launched with an instance profile holding the passed role and user data of its own.',
    steps: [['ec2:RequestSpotInstances', 'new-resource']],
  }),
  passing(CLOUDFORMATION, {
    id: 'cloudformation-001',
    key: 'cloudformation:CreateStack',
    description:
      "Creates a stack with the passed role as its service role; CloudFormation creates whatever the template names (a user, an access key, a policy) with that role's permissions.",
    steps: [['cloudformation:CreateStack', 'new-resource']],
  }),
  passing(CLOUDFORMATION, {
    id: 'cloudformation-003',
    key: 'cloudformation:CreateStackSet',
    description:
      "Creates a stack set with the passed role as its administration role and deploys stack instances from it, whose templates run with that role's permissions.",
    steps: [
      ['cloudformation:CreateStackSet', 'new-resource'],
      ['cloudformation:CreateStackInstances', 'new-resource'],
    ],
  }),
  passing(GLUE, {
    id: 'glue-001',
    key: 'glue:CreateDevEndpoint',
    description:
      "Creates a development endpoint with the passed role and an SSH key of its own, then reads the role's credentials from it.",
    steps: [['glue:CreateDevEndpoint', 'new-resource']],
  }),
  passing(GLUE, {
    id: 'glue-003',
    key: 'glue:CreateJob',
    description: 'Creates a job running a script of its own as the passed role and starts a run.',
    steps: [
      ['glue:CreateJob', 'new-resource'],
      ['glue:StartJobRun', 'new-resource'],
    ],
  }),
  passing(GLUE, {
    id: 'glue-004',
    key: 'glue:CreateTrigger',
    description:
      'Creates a job running a script of its own as the passed role and a trigger that starts it.',
    steps: [
      ['glue:CreateJob', 'new-resource'],
      ['glue:CreateTrigger', 'new-resource'],
    ],
  }),
  passing(CODEBUILD, {
    id: 'codebuild-001',
    key: 'codebuild:CreateProject',
    description:
      'Creates a build project whose service role is the passed role, with a buildspec of its own, and starts a build.',
    steps: [
      ['codebuild:CreateProject', 'new-resource'],
      ['codebuild:StartBuild', 'new-resource'],
    ],
  }),
  passing(CODEBUILD, {
    id: 'codebuild-004',
    key: 'codebuild:StartBuildBatch',
    description:
      'Creates a build project whose service role is the passed role and starts a batch build of it.',
    steps: [
      ['codebuild:CreateProject', 'new-resource'],
      ['codebuild:StartBuildBatch', 'new-resource'],
    ],
  }),
  passing(ECS_TASKS, {
    id: 'ecs-001',
    key: 'ecs:RegisterTaskDefinition',
    description:
      'Creates a cluster, registers a task definition whose task role is the passed role, and creates a service that runs it.',
    steps: [
      ['ecs:CreateCluster', 'new-resource'],
      ['ecs:RegisterTaskDefinition', 'new-resource'],
      ['ecs:CreateService', 'new-resource'],
    ],
  }),
  passing(ECS_TASKS, {
    id: 'ecs-002',
    key: 'ecs:RegisterTaskDefinition',
    description:
      'Creates a cluster, registers a task definition whose task role is the passed role, and runs it as a task.',
    steps: [
      ['ecs:CreateCluster', 'new-resource'],
      ['ecs:RegisterTaskDefinition', 'new-resource'],
      ['ecs:RunTask', 'new-resource'],
    ],
  }),
  passing(ECS_TASKS, {
    id: 'ecs-003',
    key: 'ecs:RegisterTaskDefinition',
    description:
      'Registers a task definition whose task role is the passed role and creates a service running it in a cluster of the account.',
    steps: [
      ['ecs:RegisterTaskDefinition', 'new-resource'],
      ['ecs:CreateService', 'new-resource'],
    ],
  }),
  passing(ECS_TASKS, {
    id: 'ecs-004',
    key: 'ecs:RunTask',
    description:
      'Registers a task definition whose task role is the passed role and runs it as a task in a cluster of the account.',
    steps: [
      ['ecs:RegisterTaskDefinition', 'new-resource'],
      ['ecs:RunTask', 'new-resource'],
    ],
  }),
  passing(SAGEMAKER, {
    id: 'sagemaker-001',
    key: 'sagemaker:CreateNotebookInstance',
    description:
      'Creates a notebook instance with the passed role as its execution role and runs code in its Jupyter notebooks.',
    steps: [['sagemaker:CreateNotebookInstance', 'new-resource']],
  }),
  passing(SAGEMAKER, {
    id: 'sagemaker-002',
    key: 'sagemaker:CreateTrainingJob',
    description:
      'Creates a training job with the passed role whose container or script is its own.',
    steps: [['sagemaker:CreateTrainingJob', 'new-resource']],
  }),
  passing(SAGEMAKER, {
    id: 'sagemaker-003',
    key: 'sagemaker:CreateProcessingJob',
    description:
      'Creates a processing job with the passed role whose container or script is its own.',
    steps: [['sagemaker:CreateProcessingJob', 'new-resource']],
  }),
  passing(['datapipeline.amazonaws.com', 'elasticmapreduce.amazonaws.com'], {
    id: 'datapipeline-001',
    key: 'datapipeline:PutPipelineDefinition',
    description:
      'Creates a pipeline with the passed role, defines an activity running a command of its own, and activates it.',
    steps: [
      ['datapipeline:CreatePipeline', 'new-resource'],
      ['datapipeline:PutPipelineDefinition', 'new-resource'],
      ['datapipeline:ActivatePipeline', 'new-resource'],
    ],
  }),
  passing(['tasks.apprunner.amazonaws.com'], {
    id: 'apprunner-001',
    key: 'apprunner:CreateService',
    description:
      'Creates an App Runner service whose instance role is the passed role, from a container image or source of its own.',
    steps: [['apprunner:CreateService', 'new-resource']],
  }),
  passing(['bedrock-agentcore.amazonaws.com'], {
    id: 'bedrock-001',
    key: 'bedrock-agentcore:CreateCodeInterpreter',
    description:
      'Creates an AgentCore code interpreter with the passed role as its execution role, starts a session and runs code of its own in it.',
    steps: [
      ['bedrock-agentcore:CreateCodeInterpreter', 'new-resource'],
      ['bedrock-agentcore:StartCodeInterpreterSession', 'new-resource'],
      ['bedrock-agentcore:InvokeCodeInterpreter', 'new-resource'],
    ],
  }),
];
