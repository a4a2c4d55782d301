import { dirname, isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { noTestHooksPlugin, TEST_HOOK_GLOBAL, TEST_MODE } from './test-hooks-plugin.ts';
import { buildForTest, buildInTempDir } from './vite-test-build.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const MONACO_DIR = resolve(ROOT, 'src/ui/monaco');

/**
 * Builds the module that installs the hook (the editor) as the app's build would, minified, but
 * with everything outside src/ui/monaco left out (packages, core, workers): what decides whether
 * the hook survives is the mode check and the bundler's dead-code removal, not the rest.
 */
function buildEditorModule(mode: string) {
  return buildForTest({
    root: ROOT,
    mode,
    plugins: [noTestHooksPlugin()],
    build: {
      lib: { entry: resolve(MONACO_DIR, 'editor.ts'), formats: ['es'] },
      rolldownOptions: {
        external: (id, importer) => {
          if (id.includes('?') || !(id.startsWith('.') || isAbsolute(id))) return true;
          const path = importer && !isAbsolute(id) ? resolve(dirname(importer), id) : id;
          return !path.startsWith(MONACO_DIR);
        },
      },
    },
  });
}

const code = (files: Record<string, string>) => Object.values(files).join('\n');

describe('the browser tests\u2019 hook (window.__iamStudio)', () => {
  it('is not in a production build of the editor', async () => {
    expect(code(await buildEditorModule('production'))).not.toContain(TEST_HOOK_GLOBAL);
  });

  it('is in the build the browser tests run', async () => {
    expect(code(await buildEditorModule(TEST_MODE))).toContain(TEST_HOOK_GLOBAL);
  });
});

describe('noTestHooksPlugin', () => {
  const files = { 'index.html': '<script type="module" src="./main.js"></script>' };
  const leaking = { ...files, 'main.js': `window.${TEST_HOOK_GLOBAL} = { secret: 1 };` };

  it('fails a production build that still holds the hook, naming the file', async () => {
    await expect(
      buildInTempDir(leaking, { mode: 'production', plugins: [noTestHooksPlugin()] }),
    ).rejects.toThrow(/The production build holds the test hook window\.__iamStudio \(in .+\.js\)/);
  });

  it('lets the e2e build hold it, and a production build without it pass', async () => {
    await expect(
      buildInTempDir(leaking, { mode: TEST_MODE, plugins: [noTestHooksPlugin()] }),
    ).resolves.toBeDefined();
    const clean = { ...files, 'main.js': 'document.title = "studio";' };
    await expect(
      buildInTempDir(clean, { mode: 'production', plugins: [noTestHooksPlugin()] }),
    ).resolves.toBeDefined();
  });
});
