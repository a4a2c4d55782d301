import type { runCli } from '../src/cli/main.ts';

export function loadCli(
  command: string | undefined,
  dirs?: readonly string[],
): Promise<{ runCli: typeof runCli; fromCodeCache: boolean; keepCompiledCode(): void }>;
