import {
  accountEscalations,
  CIS_THRESHOLDS,
  CREDENTIAL_RULES,
  credentialFindings,
  credentialThresholds,
  privilegedUserArns,
  readCredentialReport,
  type CredentialFinding,
  type CredentialReport,
  type CredentialThresholds,
} from '../core/index.ts';
import { readAccount } from './account.ts';
import { readCredentialsOptions } from './credentials-options.ts';
import { EXIT_FAILED, EXIT_INVALID_INPUT, EXIT_OK, readInput, type CliIo } from './io.ts';
import { scenarioExtras } from './who-can.ts';

/** The users the account's escalation analysis finds privileged, or undefined when it cannot be read. */
function privilegedOf(io: CliIo, file: string, now: Date): string[] | undefined {
  const text = readInput(io, file);
  if (text === undefined) return undefined;
  const read = readAccount(io, file, text);
  if (!read) return undefined;
  const escalations = accountEscalations(read.account, { ...scenarioExtras(text), now });
  return privilegedUserArns(read.account, escalations);
}

/** Each threshold used, with its CIS source, or the option that set it. */
function thresholdsSummary(given: Partial<CredentialThresholds>) {
  const used = credentialThresholds(given);
  const option: Record<keyof CredentialThresholds, string> = {
    rootUsedDays: '--root-used-days',
    keyRotationDays: '--rotation-days',
    unusedDays: '--unused-days',
  };
  const names = Object.keys(used) as (keyof CredentialThresholds)[];
  return Object.fromEntries(
    names.map((name) => [
      name,
      given[name] === undefined
        ? CIS_THRESHOLDS[name]
        : { days: used[name], source: `given: ${option[name]}` },
    ]),
  );
}

function summaryOf(
  report: CredentialReport,
  findings: readonly CredentialFinding[],
  now: Date,
  thresholds: Partial<CredentialThresholds>,
  privileged: string[] | undefined,
) {
  const bySeverity = { high: 0, medium: 0, low: 0 };
  const byCode = Object.fromEntries(CREDENTIAL_RULES.map((rule) => [rule.code, 0]));
  for (const finding of findings) {
    bySeverity[finding.severity] += 1;
    byCode[finding.code] = (byCode[finding.code] ?? 0) + 1;
  }
  return {
    users: report.users.length,
    findings: findings.length,
    bySeverity,
    byCode,
    now: now.toISOString(),
    thresholds: thresholdsSummary(thresholds),
    privilegedUsers: privileged ?? null,
  };
}

/**
 * `credentials REPORT|- [--account GAAD] [--now ISO] [--root-used-days N] [--rotation-days N]
 * [--unused-days N]`: see "The command line" in docs/scenario-format.md.
 */
export function credentialsCommand(io: CliIo, file: string, args: readonly string[] = []): number {
  const options = readCredentialsOptions(args);
  if (typeof options === 'string') {
    io.stderr(`iam-policy-studio credentials: error: ${options}\n`);
    return EXIT_INVALID_INPUT;
  }
  const text = readInput(io, file);
  if (text === undefined) return EXIT_INVALID_INPUT;
  const read = readCredentialReport(text);
  if (!read.ok) {
    for (const error of read.errors) io.stderr(`${file}:${error.line}: error: ${error.message}\n`);
    return EXIT_INVALID_INPUT;
  }
  const { report } = read;
  // Ages as of the report, when it says when it was made: the same answer on every later run.
  const now =
    options.now ??
    (report.generatedTime !== undefined ? new Date(report.generatedTime) : new Date());
  const privileged =
    options.account !== undefined ? privilegedOf(io, options.account, now) : undefined;
  if (options.account !== undefined && privileged === undefined) return EXIT_INVALID_INPUT;
  const findings = credentialFindings(report, {
    now,
    thresholds: options.thresholds,
    privilegedUsers: privileged,
  });
  const summary = summaryOf(report, findings, now, options.thresholds, privileged);
  io.stdout(`${JSON.stringify({ findings, summary }, null, 2)}\n`);
  return findings.some((finding) => finding.severity === 'high') ? EXIT_FAILED : EXIT_OK;
}
