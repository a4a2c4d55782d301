import {
  ANY_RESOURCE,
  detectText,
  readScenario,
  whoCan,
  type WhoCanOptions,
} from '../core/index.ts';
import { readAccount } from './account.ts';
import { EXIT_INVALID_INPUT, EXIT_OK, readInput, type CliIo } from './io.ts';

interface Question {
  action: string;
  resource: string;
}

const ACTION = /^[A-Za-z0-9-]+:[A-Za-z0-9*?]+$/;
const OPTIONS = new Set(['--action', '--resource']);

/** `--action A [--resource R]`, or what is wrong with them and where (the argument's position). */
function readQuestion(options: readonly string[]): Question | string {
  const values = new Map<string, string>();
  for (let index = 0; index < options.length; index += 2) {
    const name = options[index]!;
    const value = options[index + 1];
    const at = `argument ${index + 3}`;
    if (!OPTIONS.has(name)) return `${at}: unknown option "${name}" (give --action and --resource)`;
    if (values.has(name)) return `${at}: ${name} is given twice`;
    if (value === undefined || value.startsWith('--')) return `${at}: ${name} needs a value`;
    values.set(name, value);
  }
  const action = values.get('--action');
  if (action === undefined)
    return '--action is missing: give the action to ask about, e.g. --action s3:GetObject';
  if (!ACTION.test(action))
    return `--action "${action}" is not an action: write it service:Action, e.g. s3:GetObject`;
  return { action, resource: values.get('--resource') ?? ANY_RESOURCE };
}

/** A scenario's own policies and organization apply beside its account (SCPs, RCPs, resource policies). */
export function scenarioExtras(text: string): WhoCanOptions {
  if (detectText(text).kind !== 'scenario') return {};
  const read = readScenario(text);
  if (!read.ok) return {};
  const { policies, organization } = read.scenario;
  return organization ? { extraPolicies: policies, organization } : { extraPolicies: policies };
}

/** `who-can FILE|- --action A [--resource R]`: see "The command line" in docs/scenario-format.md. */
export function whoCanCommand(io: CliIo, file: string, options: readonly string[] = []): number {
  const question = readQuestion(options);
  if (typeof question === 'string') {
    io.stderr(`iam-policy-studio who-can: error: ${question}\n`);
    return EXIT_INVALID_INPUT;
  }
  const text = readInput(io, file);
  if (text === undefined) return EXIT_INVALID_INPUT;
  const read = readAccount(io, file, text);
  if (!read) return EXIT_INVALID_INPUT;
  const answer = whoCan(read.account, question.action, question.resource, {
    ...scenarioExtras(text),
    now: new Date(),
  });
  const output = {
    action: question.action,
    resource: question.resource,
    ...answer,
    problems: read.problems,
    notes: read.notes,
  };
  io.stdout(`${JSON.stringify(output, null, 2)}\n`);
  return EXIT_OK;
}
