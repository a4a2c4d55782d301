// `npm run bench`: evaluations per second and microseconds per request for two scenarios, the
// policies prepared once and the requests varied; the simulator after a policy edit; parse times;
// lint of a 10,000-statement policy, in process and on the command line (scripts/bench-cli-lint.ts);
// `simulate` on the command line (scripts/bench-cli.ts); the
// generated account's import, who-can and escalation analysis (scripts/bench-account.ts); the
// semantic diff (scripts/bench-diff.ts); CloudTrail in the browser (scripts/bench-cloudtrail-browser.ts);
// `replay` of 1,000,000 CloudTrail events on the command line (src/cli/replay-bench.ts).
import { fileLintCatalog } from '../src/cli/lint-catalog.ts';
import { benchAccount } from './bench-account.ts';
import { benchCli } from './bench-cli.ts';
import { benchCliLint } from './bench-cli-lint.ts';
import { benchReplay } from '../src/cli/replay-bench.ts';
import { benchCloudTrailBrowser } from './bench-cloudtrail-browser.ts';
import { benchDiff } from './bench-diff.ts';
import { evaluateRequest, prepareScenario } from '../src/core/engine/evaluate.ts';
import { lintPolicy } from '../src/core/lint/lint-policy.ts';
import { parsePolicy } from '../src/core/policy/parse.ts';
import { largeScenario } from '../src/analysis/large-scenario.ts';
import { largePolicyText } from './large-policy.ts';
import { createSimulator } from '../src/analysis/simulation.ts';
import {
  SCENARIO_FORMAT,
  type Scenario,
  type ScenarioPolicy,
  type ScenarioRequest,
} from '../src/core/scenario/model.ts';

const text = (statements: unknown[]) =>
  JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 2);
const ALICE = 'arn:aws:iam::111122223333:user/alice';
const BOB = 'arn:aws:iam::444455556666:user/bob';

function singleStatement(): { scenario: Scenario; requests: ScenarioRequest[] } {
  const policies: ScenarioPolicy[] = [
    {
      id: 'ip',
      type: 'identity',
      attachedTo: [ALICE],
      document: text([
        {
          Effect: 'Allow',
          Action: 's3:GetObject',
          Resource: 'arn:aws:s3:::reports/*',
          Condition: { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } },
        },
      ]),
    },
  ];
  const requests = Array.from({ length: 1024 }, (_, index) => ({
    principal: ALICE,
    action: index % 7 === 0 ? 's3:PutObject' : 's3:GetObject',
    resource: `arn:aws:s3:::reports/${index}.csv`,
    context: { 'aws:SourceIp': `203.0.${113 + (index % 2)}.${index % 256}` },
  }));
  return { scenario: { format: SCENARIO_FORMAT, policies, requests }, requests };
}

function crossAccount(): { scenario: Scenario; requests: ScenarioRequest[] } {
  const identityStatements = Array.from({ length: 50 }, (_, index) => ({
    Sid: `S${index}`,
    Effect: index % 10 === 9 ? 'Deny' : 'Allow',
    Action: index % 2 === 0 ? [`s3:Get*`, `s3:List${index}*`] : [`dynamodb:Query`, `sqs:Send*`],
    Resource:
      index % 10 === 9 ? `arn:aws:s3:::secret-${index}/*` : `arn:aws:s3:::data-${index % 5}/*`,
    ...(index % 3 === 0 && {
      Condition: { StringEquals: { 'aws:PrincipalTag/team': ['data', 'ops'] } },
    }),
  }));
  const scp = (level: number, extra: unknown[] = []): ScenarioPolicy => ({
    id: `scp-${level}`,
    type: 'scp',
    level,
    document: text([{ Effect: 'Allow', Action: '*', Resource: '*' }, ...extra]),
  });
  const policies: ScenarioPolicy[] = [
    { id: 'bob', type: 'identity', attachedTo: [BOB], document: text(identityStatements) },
    scp(0, [{ Effect: 'Deny', Action: 'organizations:*', Resource: '*' }]),
    scp(1, [
      {
        Effect: 'Deny',
        Action: 's3:*',
        Resource: '*',
        Condition: { StringNotEquals: { 'aws:RequestedRegion': ['us-east-1', 'eu-west-1'] } },
      },
    ]),
    scp(2),
    {
      id: 'rcp',
      type: 'rcp',
      level: 0,
      document: text([
        {
          Effect: 'Deny',
          Principal: '*',
          Action: 's3:*',
          Resource: '*',
          Condition: { Bool: { 'aws:SecureTransport': 'false' } },
        },
      ]),
    },
    {
      id: 'bucket',
      type: 'resource',
      attachedTo: ['arn:aws:s3:::data-*'],
      document: text([
        {
          Effect: 'Allow',
          Principal: { AWS: ['arn:aws:iam::444455556666:root'] },
          Action: 's3:GetObject',
          Resource: 'arn:aws:s3:::data-*/*',
        },
        {
          Effect: 'Deny',
          Principal: '*',
          Action: 's3:DeleteObject',
          Resource: 'arn:aws:s3:::data-*/*',
        },
      ]),
    },
    {
      id: 'boundary',
      type: 'permissions-boundary',
      attachedTo: [BOB],
      document: text([{ Effect: 'Allow', Action: ['s3:*', 'sqs:*', 'dynamodb:*'], Resource: '*' }]),
    },
  ];
  const requests = Array.from({ length: 1024 }, (_, index) => ({
    principal: BOB,
    action: index % 5 === 0 ? 's3:DeleteObject' : 's3:GetObject',
    resource: `arn:aws:s3:::data-${index % 6}/file-${index}.csv`,
    resourceAccount: '111122223333',
    context: {
      'aws:SecureTransport': index % 11 === 0 ? 'false' : 'true',
      'aws:RequestedRegion': index % 13 === 0 ? 'ap-south-1' : 'us-east-1',
      'aws:PrincipalTag/team': index % 2 === 0 ? 'data' : 'web',
    },
  }));
  return { scenario: { format: SCENARIO_FORMAT, policies, requests }, requests };
}

function bench(
  name: string,
  target: number,
  build: () => { scenario: Scenario; requests: ScenarioRequest[] },
): boolean {
  const { scenario, requests } = build();
  const prepared = prepareScenario(scenario);
  const problems = prepared.policyProblems.filter((entry) => !entry.ok);
  if (problems.length > 0)
    throw new Error(`${name}: policies do not parse: ${JSON.stringify(problems)}`);
  const now = new Date('2026-03-15T12:00:00Z');
  const options = { now };
  const decisions = { allowed: 0, explicitDeny: 0, implicitDeny: 0 };
  const run = (iterations: number) => {
    for (let i = 0; i < iterations; i += 1) {
      const request = requests[i % requests.length]!;
      decisions[evaluateRequest(prepared, request, i, options).decision] += 1;
    }
  };
  run(50_000);
  const iterations = 200_000;
  const started = performance.now();
  run(iterations);
  const elapsedMs = performance.now() - started;
  const micros = (elapsedMs * 1000) / iterations;
  const perSecond = Math.round(iterations / (elapsedMs / 1000));
  const verdict = micros < target ? 'ok' : 'SLOWER THAN TARGET';
  console.log(
    `${name}: ${perSecond.toLocaleString('en-US')} evaluations/s, ${micros.toFixed(2)} µs/request ` +
      `(target < ${target} µs: ${verdict}); decisions ${JSON.stringify(decisions)}`,
  );
  return micros < target;
}

const a = bench('(a) one identity statement with an IP condition', 5, singleStatement);
const b = bench(
  '(b) cross account: 50 identity statements, 3 SCP levels, RCP, bucket policy, boundary',
  30,
  crossAccount,
);
/** The editor re-parses the policy on every keystroke: milliseconds per parse at several sizes. */
function benchParse(statements: number): void {
  const document = text(
    Array.from({ length: statements }, (_, index) => ({
      Sid: `S${index}`,
      Effect: 'Allow',
      Action: ['s3:GetObject', 's3:PutObject'],
      Resource: `arn:aws:s3:::bucket-${index}/reports/*`,
      Condition: { StringEquals: { 'aws:PrincipalTag/team': `team-${index}` } },
    })),
  );
  for (let i = 0; i < 3; i += 1) parsePolicy(document);
  const runs = statements > 1000 ? 5 : 30;
  const started = performance.now();
  for (let i = 0; i < runs; i += 1) parsePolicy(document);
  const ms = (performance.now() - started) / runs;
  console.log(
    `(c) parse and check a policy of ${statements.toLocaleString('en-US')} statements ` +
      `(${document.length.toLocaleString('en-US')} characters): ${ms.toFixed(1)} ms`,
  );
}
/** Issue 5's budget: one policy of 20 x 50 statements edited, 50 requests decided, one explained. */
function benchSimulatorEdit(target: number): boolean {
  const { policies, requests } = largeScenario();
  const simulate = createSimulator();
  const times: number[] = [];
  for (let edit = 0; edit < 40; edit += 1) {
    const edited = policies.map((policy, index) =>
      index === 7 ? { ...policy, document: `${policy.document}${' '.repeat(edit % 2)}` } : policy,
    );
    const { durationMs } = simulate({ policies: edited, requests, selected: 1, matrix: null });
    if (edit >= 10) times.push(durationMs);
  }
  times.sort((x, y) => x - y);
  const median = times[Math.floor(times.length / 2)] ?? NaN;
  const verdict = median < target ? 'ok' : 'SLOWER THAN TARGET';
  console.log(
    `(d) simulator after an edit, 20 policies x 50 statements x 50 requests: median ` +
      `${median.toFixed(1)} ms (target < ${target} ms: ${verdict})`,
  );
  return median < target;
}

/**
 * `lint` of a 10,000-statement policy in this process, every check with the service reference
 * the command line reads (a fresh catalog per run, so loading service files is counted). The
 * median of three runs is a run with the code already optimized: issue 13's budget is for the
 * command line, measured by benchCliLint.
 */
function benchLargeLint(): void {
  const document = largePolicyText(10_000);
  const times: number[] = [];
  let findings = 0;
  for (let run = 0; run < 3; run += 1) {
    const catalog = fileLintCatalog();
    const started = performance.now();
    findings = lintPolicy(document, 'identity', catalog).length;
    times.push(performance.now() - started);
  }
  console.log(
    `(e) lint a policy of 10,000 statements in one process (${findings.toLocaleString('en-US')} ` +
      `findings): first run ${times[0]!.toFixed(0)} ms, then ${times[1]!.toFixed(0)} and ${times[2]!.toFixed(0)} ms`,
  );
}

benchParse(500);
benchParse(5000);
const d = benchSimulatorEdit(50);
benchLargeLint();
const e = benchCliLint(1000);
const cli = benchCli();
const account = benchAccount();
const replay = benchReplay();
const diff = await benchDiff();
const cloudTrailBrowser = await benchCloudTrailBrowser();

process.exitCode =
  a && b && d && e && cli && account && replay && diff && cloudTrailBrowser ? 0 : 1;
