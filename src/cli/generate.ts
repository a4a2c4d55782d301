import {
  callerProblem,
  EventRequestMapper,
  generatePolicy,
  lineIndex,
  MappedCallAggregate,
  proveGeneratedPolicy,
  type GeneratedPolicy,
  type GenerationProof,
} from '../core/index.ts';
import { readMappedEvents } from './events-read.ts';
import { readGenerateArguments } from './generate-options.ts';
import { EXIT_FAILED, EXIT_INVALID_INPUT, EXIT_OK, type CliIo } from './io.ts';
import { fileLintCatalog } from './lint-catalog.ts';
import { fileWhatCanCatalog } from './what-can-catalog.ts';

const COMMAND = 'iam-policy-studio generate';
/** Distinct reasons for left-out calls written on standard error. */
const REASONS = 10;

/** The reasons calls were left out, with how many events each, most first. */
function leftOutNote(generated: GeneratedPolicy): string {
  const events = new Map<string, number>();
  for (const { call, reason } of generated.leftOut)
    events.set(reason, (events.get(reason) ?? 0) + call.count);
  if (events.size === 0) return '';
  const sorted = [...events].sort((a, b) => b[1] - a[1]);
  const lines = sorted.slice(0, REASONS).map(([reason, n]) => `  ${n} event(s): ${reason}\n`);
  const more =
    sorted.length > REASONS ? [`  ... and ${sorted.length - REASONS} more reasons\n`] : [];
  return `${COMMAND}: note: events left out of the policy:\n${[...lines, ...more].join('')}`;
}

/** Why the proof failed: each call the policy denies, each lint finding at its place in the policy. */
function proofFailure(generated: GeneratedPolicy, proof: GenerationProof): string {
  const at = lineIndex(generated.document);
  const calls = proof.notAllowed.map(({ call, decision, decidingRequest }) => {
    const request = call.requests[decidingRequest ?? 0];
    const what = request ? `${request.action} on ${request.resource}` : 'the call';
    const id = call.sampleEventId !== undefined ? ` (event ${call.sampleEventId})` : '';
    return `  ${call.eventSource} ${call.eventName}${id}: ${what} is ${decision}\n`;
  });
  const findings = proof.findings.map((finding) => {
    const where = at(finding.span.start);
    return `  policy:${where.line}:${where.column}: ${finding.severity}: ${finding.message} [${finding.code}]\n`;
  });
  const skipped =
    proof.notReplayed !== undefined
      ? [`  ${proof.notReplayed} (--resources type or account writes a smaller one)\n`]
      : [];
  return (
    `${COMMAND}: error: the proof failed: the policy on standard output is not proven ` +
    `(${proof.allowed} of ${proof.replayed} events allowed, ${proof.findings.length} lint finding(s) above a suggestion):\n` +
    [...skipped, ...calls, ...findings].join('')
  );
}

/**
 * `generate LOGS... --principal ARN [--resources exact|type|account]`: the least-privilege policy
 * of the principal's successful calls in CloudTrail logs, on standard output, proven first. Exit 1
 * when the proof fails (the policy is still written, with why on standard error). See "The
 * command line" in docs/scenario-format.md.
 */
export function generateCommand(io: CliIo, first: string, rest: readonly string[] = []): number {
  const fail = (message: string) => {
    io.stderr(`${COMMAND}: ${message}`);
    return EXIT_INVALID_INPUT;
  };
  const args = readGenerateArguments([first, ...rest]);
  if (typeof args === 'string') return fail(`error: ${args}\n`);

  const catalog = fileWhatCanCatalog();
  const aggregate = new MappedCallAggregate();
  const problem = readMappedEvents(
    io,
    args.logs,
    new EventRequestMapper(catalog),
    (requests, event) => aggregate.add(requests, event),
  );
  if (problem !== undefined) return fail(problem);
  const calls = aggregate.list();
  const unknown = callerProblem(calls, args.principal);
  if (unknown !== undefined) return fail(`error: --principal: ${unknown}\n`);

  const generated = generatePolicy(calls, args.principal, catalog, { resources: args.resources });
  const note = leftOutNote(generated);
  if (generated.statements.length === 0) {
    io.stderr(
      `${COMMAND}: error: no successful call of ${generated.caller} needs a permission: there is no policy to write\n${note}`,
    );
    return EXIT_FAILED;
  }
  const proof = proveGeneratedPolicy(generated, calls, fileLintCatalog());
  io.stdout(`${generated.document}\n`);
  if (note !== '') io.stderr(note);
  if (!proof.proven) {
    io.stderr(proofFailure(generated, proof));
    return EXIT_FAILED;
  }
  return EXIT_OK;
}
