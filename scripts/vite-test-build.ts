import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { build, mergeConfig, type InlineConfig, type Rolldown } from 'vite';

/** Runs a Vite build in memory (no config file, no output written); returns each file's text. */
export async function buildForTest(config: InlineConfig): Promise<Record<string, string>> {
  const result = await build(
    mergeConfig({ configFile: false, logLevel: 'silent', build: { write: false } }, config),
  );
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const texts: Record<string, string> = {};
  for (const file of outputs.flatMap((output) => output.output)) {
    texts[file.fileName] =
      file.type === 'chunk'
        ? file.code
        : typeof file.source === 'string'
          ? file.source
          : new TextDecoder().decode(file.source);
  }
  return texts;
}

/** Builds a project made of `files` (path → text) in a temporary folder. */
export async function buildInTempDir(
  files: Record<string, string>,
  config: InlineConfig,
): Promise<Record<string, string>> {
  const root = mkdtempSync(join(tmpdir(), 'iam-studio-build-'));
  try {
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    return await buildForTest(mergeConfig({ root }, config));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
