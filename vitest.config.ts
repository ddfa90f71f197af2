import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        // Logic, beside the code, in jsdom.
        test: { name: 'unit', include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/*.test.ts'], environment: 'jsdom' },
      },
      {
        // The same promises against the built, minified bundles.
        // vitest skips any "dist" folder by default; this one holds tests, not build output.
        test: { name: 'dist', include: ['test/dist/**/*.test.ts'], exclude: ['**/node_modules/**'], environment: 'jsdom' },
      },
      {
        // Real Chromium (and Firefox where a signal needs it) against pages on 127.0.0.1.
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          pool: 'forks',
          // One browser at a time on a 2-core machine.
          poolOptions: { forks: { singleFork: true } },
        },
      },
    ],
  },
});
