import { diffPolicies, diffScenarios, type DiffResult, type PolicyType } from '../core/index.ts';
import { readDiffInput, readTypeOption, type DiffInput } from './diff-input.ts';
import { diffOutput } from './diff-output.ts';
import { EXIT_FAILED, EXIT_INVALID_INPUT, EXIT_OK, type CliIo } from './io.ts';
import { fileWhatCanCatalog } from './what-can-catalog.ts';

const KIND = { policy: 'a policy', scenario: 'a scenario' } as const;

function compare(
  io: CliIo,
  [oldFile, newFile]: [string, string],
  [old, next]: [DiffInput, DiffInput],
  type: PolicyType | undefined,
): DiffResult | undefined {
  const options = { catalog: fileWhatCanCatalog(), now: new Date() };
  if (old.kind === 'scenario' && next.kind === 'scenario') {
    return diffScenarios(old.scenario, next.scenario, options);
  }
  if (old.kind === 'policy' && next.kind === 'policy') {
    const chosen = type ?? (old.type === next.type ? old.type : undefined);
    if (chosen !== undefined) {
      return diffPolicies(old.parsed, next.parsed, { ...options, type: chosen });
    }
    io.stderr(
      `diff: ${oldFile} reads as a ${old.type} policy and ${newFile} as a ${next.type} policy: say which with --type\n`,
    );
    return undefined;
  }
  io.stderr(
    `diff: ${oldFile} is ${KIND[old.kind]} and ${newFile} ${KIND[next.kind]}: give two policies or two scenarios\n`,
  );
  return undefined;
}

/**
 * `diff OLD NEW [--type T]`: what NEW allows that OLD did not and the reverse (docs/scenario-format.md,
 * `diff`). Exit 0 when NEW allows nothing new, 1 when it does or the diff cannot tell, 2 on bad input.
 */
export function diffCommand(io: CliIo, oldFile: string, rest: readonly string[]): number {
  const [newFile, ...options] = rest;
  const typeOption = readTypeOption(io, options);
  if (newFile === undefined || !typeOption.ok) {
    if (newFile === undefined) io.stderr('diff: expected OLD NEW\n');
    return EXIT_INVALID_INPUT;
  }
  const old = readDiffInput(io, oldFile);
  const next = readDiffInput(io, newFile);
  if (!old || !next) return EXIT_INVALID_INPUT;
  const result = compare(io, [oldFile, newFile], [old, next], typeOption.type);
  if (!result) return EXIT_INVALID_INPUT;
  io.stdout(`${JSON.stringify(diffOutput(result), null, 2)}\n`);
  const noNewAccess = result.result === 'equivalent' || result.result === 'removed-access';
  return noNewAccess ? EXIT_OK : EXIT_FAILED;
}
