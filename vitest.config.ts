import { defineConfig } from 'vitest/config';
import { managedPoliciesPlugin } from './scripts/managed-policies-plugin.ts';

export default defineConfig({
  plugins: [managedPoliciesPlugin()],
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
    reporters: ['default'],
  },
});
