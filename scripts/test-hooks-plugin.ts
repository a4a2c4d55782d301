import type { Plugin, Rolldown } from 'vite';

/** The global the browser tests read the editor through (src/ui/monaco/test-hook.ts). */
export const TEST_HOOK_GLOBAL = '__iamStudio';
/** The mode of the build the browser tests run (`vite build --mode e2e`), the one with hooks. */
export const TEST_MODE = 'e2e';

/** The output files of `bundle` whose code mentions the test hook. */
export function filesWithTestHook(bundle: Rolldown.OutputBundle): string[] {
  return Object.values(bundle)
    .filter((file) => file.type === 'chunk' && file.code.includes(TEST_HOOK_GLOBAL))
    .map((file) => file.fileName);
}

/** Fails any build other than the browser tests' one whose code still holds the test hook. */
export function noTestHooksPlugin(): Plugin {
  let mode = '';
  return {
    name: 'iam-studio:no-test-hooks',
    apply: 'build',
    configResolved: (config) => {
      mode = config.mode;
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        if (mode === TEST_MODE) return;
        const files = filesWithTestHook(bundle);
        if (files.length === 0) return;
        this.error(
          `The ${mode} build holds the test hook window.${TEST_HOOK_GLOBAL} (in ${files.join(', ')}): install it only when import.meta.env.MODE is '${TEST_MODE}'.`,
        );
      },
    },
  };
}
