import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { contentSecurityPolicyPlugin } from './scripts/content-security-policy.ts';
import { managedPoliciesPlugin } from './scripts/managed-policies-plugin.ts';
import { noTestHooksPlugin } from './scripts/test-hooks-plugin.ts';
import { uncompressedTestPreviewPlugin } from './scripts/uncompressed-preview-plugin.ts';

export default defineConfig({
  // Relative asset URLs so dist/ works from any static file server and any sub-path.
  base: './',
  plugins: [
    react(),
    tailwindcss(),
    managedPoliciesPlugin(),
    contentSecurityPolicyPlugin(),
    noTestHooksPlugin(),
    uncompressedTestPreviewPlugin(),
  ],
  // The analysis worker reads account outputs, which may name AWS managed policies they lack.
  worker: { format: 'es', plugins: () => [managedPoliciesPlugin()] },
  // Monaco's editor core alone is about 4 MB minified (1 MB gzip); the app code is small.
  build: { target: 'es2022', chunkSizeWarningLimit: 5000 },
  preview: { port: 4173, strictPort: true },
});
